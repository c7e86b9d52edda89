import { describe, expect, it } from "vitest";
import { weakConcepts } from "@/lib/domain/mastery/weak-concepts";
import { weakestConcepts } from "@/lib/domain/quiz/weak-spots";
import { createScheduler } from "@/lib/domain/scheduling/scheduler";
import { card, reviewedCard, settings, utc } from "./mastery-fixtures";

const now = utc("2026-11-25T20:00:00");

describe("weakConcepts", () => {
  it("ranks as the quiz's weak spots do and shows each concept's figures", () => {
    const cards = [
      reviewedCard("f", now, 1, 30, { conceptId: "forgotten", topic: "trees" }),
      reviewedCard("l1", now, 30, 1, { conceptId: "lapsing", topic: "boosting", lapses: 4 }),
      reviewedCard("l2", now, 10, 10, { conceptId: "lapsing", topic: "boosting", lapses: 2 }),
      reviewedCard("s", now, 30, 0, { conceptId: "solid", topic: "trees" }),
    ];
    const weak = weakConcepts(cards, settings, now);
    expect(weak.map((concept) => concept.conceptId)).toEqual(["forgotten", "lapsing", "solid"]);
    expect(weak[1]).toMatchObject({ conceptId: "lapsing", topic: "boosting", lapses: 6 });
    expect(weak[1].retrievability).toBeCloseTo(0.9, 6); // its weakest card
    expect(weak[2].retrievability).toBe(1);
  });

  it("agrees with weakestConcepts on the same cards and stops at ten by default", () => {
    const cards = Array.from({ length: 14 }, (_, index) =>
      reviewedCard(`c${index}`, now, 5 + index, 7 + (index % 5), { conceptId: `k${index}`, lapses: index % 3 }),
    );
    const scheduler = createScheduler(settings);
    const strengths = cards.map((entry) => ({
      conceptId: entry.conceptId,
      lapses: entry.lapses,
      retrievability: scheduler.retrievabilityOf(entry.stability, entry.lastReview as Date, now),
    }));
    const weak = weakConcepts(cards, settings, now);
    expect(weak.map((concept) => concept.conceptId)).toEqual(weakestConcepts(strengths, 10));
    expect(weak).toHaveLength(10);
    expect(weakConcepts(cards, settings, now, 3)).toHaveLength(3);
  });

  it("leaves out unseen cards, so a brand-new learner has none", () => {
    expect(weakConcepts([card({ cardId: "n1" }), card({ cardId: "n2" })], settings, now)).toEqual([]);
    expect(weakConcepts([], settings, now)).toEqual([]);
  });
});
