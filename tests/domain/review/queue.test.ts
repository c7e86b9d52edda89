import { describe, expect, it } from "vitest";
import { isLeechAt, queueHead, type QueueInput } from "@/lib/domain/review/queue";

const base: QueueInput = {
  learningDue: [],
  reviewDue: [],
  newCardIds: ["new-1"],
  newAvailable: 50,
  limits: { newCardsPerDay: 20, reviewsPerDay: 200 },
  progress: { newIntroduced: 0, reviewsDone: 0, gradedToday: 0 },
};
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));

describe("queueHead", () => {
  it("shows due learning cards first, earliest due first", () => {
    const head = queueHead({
      ...base,
      learningDue: [
        { cardId: "learn-late", due: at(5) },
        { cardId: "learn-early", due: at(1) },
      ],
      reviewDue: [{ cardId: "review", retrievability: 0.5 }],
    });
    expect(head.nextCardId).toBe("learn-early");
    expect(head.counts).toEqual({ new: 20, learning: 2, review: 1 });
  });

  it("then review cards, lowest retrievability first", () => {
    const head = queueHead({
      ...base,
      reviewDue: [
        { cardId: "fresh", retrievability: 0.93 },
        { cardId: "fading", retrievability: 0.61 },
        { cardId: "middle", retrievability: 0.8 },
      ],
    });
    expect(head.nextCardId).toBe("fading");
  });

  it("then new cards, within what is left of the daily new limit", () => {
    expect(queueHead(base).nextCardId).toBe("new-1");
    const exhausted = queueHead({ ...base, progress: { newIntroduced: 20, reviewsDone: 0, gradedToday: 20 } });
    expect(exhausted.nextCardId).toBeNull();
    expect(exhausted.counts.new).toBe(0);
    expect(queueHead({ ...base, progress: { newIntroduced: 18, reviewsDone: 0, gradedToday: 18 } }).counts.new).toBe(2);
    expect(queueHead({ ...base, newAvailable: 3 }).counts.new).toBe(3);
  });

  it("caps reviews by what is left of the daily review limit", () => {
    const reviewDue = Array.from({ length: 10 }, (_, i) => ({ cardId: `r${i}`, retrievability: i / 10 }));
    const head = queueHead({ ...base, reviewDue, limits: { newCardsPerDay: 0, reviewsPerDay: 5 }, progress: { newIntroduced: 0, reviewsDone: 3, gradedToday: 3 } });
    expect(head.counts.review).toBe(2);
    expect(head.nextCardId).toBe("r0");
    const none = queueHead({ ...base, reviewDue, limits: { newCardsPerDay: 0, reviewsPerDay: 5 }, progress: { newIntroduced: 0, reviewsDone: 5, gradedToday: 5 } });
    expect(none.nextCardId).toBeNull();
  });
});

describe("isLeechAt", () => {
  it("flags at the threshold and every half threshold after", () => {
    expect([7, 8, 9, 12, 16].map((lapses) => isLeechAt(lapses, 8))).toEqual([false, true, false, true, true]);
  });
});
