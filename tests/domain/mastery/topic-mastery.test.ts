import { describe, expect, it } from "vitest";
import { topicMastery } from "@/lib/domain/mastery/topic-mastery";
import { card, reviewedCard, settings, utc } from "./mastery-fixtures";

const now = utc("2026-11-25T20:00:00"); // 12:00 on the 25th in Los Angeles

describe("topicMastery", () => {
  it("averages retrievability over all the topic's cards, unseen ones counting 0", () => {
    const cards = [
      reviewedCard("a1", now, 10, 10, { conceptId: "a", topic: "trees" }), // R = 0.9
      card({ cardId: "a2", conceptId: "a", topic: "trees" }), // unseen: 0
      reviewedCard("b1", now, 5, 0, { conceptId: "b", topic: "trees" }), // just reviewed: 1
      card({ cardId: "c1", conceptId: "c", topic: "trees" }),
      card({ cardId: "d1", conceptId: "d", topic: "boosting" }),
    ];
    const [boosting, trees] = topicMastery(cards, settings, now, "UTC", 4);
    expect(trees).toMatchObject({ topic: "trees", conceptsSeen: 2, conceptsTotal: 3, cardCount: 4 });
    expect(trees.mastery).toBeCloseTo((0.9 + 0 + 1 + 0) / 4, 6);
    expect(boosting).toMatchObject({ topic: "boosting", conceptsSeen: 0, conceptsTotal: 1, mastery: 0 });
  });

  it("counts a reset card (new again) as unseen", () => {
    const reset = card({ cardId: "r", state: 0, stability: 0, lastReview: null, lapses: 0 });
    expect(topicMastery([reset], settings, now, "UTC", 4)[0]).toMatchObject({ conceptsSeen: 0, mastery: 0 });
  });

  it("counts due today (overdue included) and tomorrow on the learner's day boundaries", () => {
    // Los Angeles, 4 am day start: today ends 2026-11-26T12:00Z, tomorrow 2026-11-27T12:00Z.
    const due = (cardId: string, iso: string, extra = {}) => reviewedCard(cardId, now, 3, 1, { due: utc(iso), ...extra });
    const cards = [
      due("overdue", "2026-11-10T00:00:00"),
      due("tonight", "2026-11-26T11:30:00"), // 03:30 local on the 26th: still today
      due("tomorrow-start", "2026-11-26T12:00:00"),
      due("tomorrow-end", "2026-11-27T11:59:59"),
      due("later", "2026-11-27T12:00:00"),
      due("suspended", "2026-11-20T00:00:00", { isSuspended: true }),
      card({ cardId: "new", due: utc("2026-11-01T00:00:00") }),
    ];
    expect(topicMastery(cards, settings, now, "America/Los_Angeles", 4)[0]).toMatchObject({ dueToday: 2, dueTomorrow: 2 });
  });

  it("keeps suspended cards in mastery", () => {
    const cards = [reviewedCard("s", now, 10, 10, { isSuspended: true })];
    expect(topicMastery(cards, settings, now, "UTC", 4)[0].mastery).toBeCloseTo(0.9, 6);
  });

  it("gives zeros, never NaN, for a brand-new learner", () => {
    expect(topicMastery([], settings, now, "UTC", 4)).toEqual([]);
    const [topic] = topicMastery([card({ cardId: "n1" }), card({ cardId: "n2" })], settings, now, "UTC", 4);
    expect(topic).toEqual({ topic: "ml-basics", conceptsSeen: 0, conceptsTotal: 2, cardCount: 2, mastery: 0, dueToday: 0, dueTomorrow: 0 });
  });
});
