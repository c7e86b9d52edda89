import { describe, expect, it } from "vitest";
import { isLeechAt, queueHead, type QueueInput } from "@/lib/domain/review/queue";

const none = { headCardId: null, count: 0 };
const base: QueueInput = {
  learning: none,
  reviews: none,
  fresh: { headCardId: "new-1", count: 50 },
  limits: { newCardsPerDay: 20, reviewsPerDay: 200 },
  progress: { newIntroduced: 0, reviewsDone: 0, gradedToday: 0 },
};

describe("queueHead", () => {
  it("shows due learning cards first, then reviews, then new cards", () => {
    const all = { ...base, learning: { headCardId: "learn", count: 2 }, reviews: { headCardId: "review", count: 1 } };
    expect(queueHead(all)).toEqual({ nextCardId: "learn", counts: { new: 20, learning: 2, review: 1 } });
    expect(queueHead({ ...all, learning: none }).nextCardId).toBe("review");
    expect(queueHead({ ...all, learning: none, reviews: none }).nextCardId).toBe("new-1");
  });

  it("offers new cards only within what is left of the daily new limit", () => {
    const exhausted = queueHead({ ...base, progress: { newIntroduced: 20, reviewsDone: 0, gradedToday: 20 } });
    expect(exhausted).toEqual({ nextCardId: null, counts: { new: 0, learning: 0, review: 0 } });
    expect(queueHead({ ...base, progress: { newIntroduced: 18, reviewsDone: 0, gradedToday: 18 } }).counts.new).toBe(2);
    expect(queueHead({ ...base, fresh: { headCardId: "new-1", count: 3 } }).counts.new).toBe(3);
  });

  it("caps reviews by what is left of the daily review limit", () => {
    const input = { ...base, fresh: none, reviews: { headCardId: "r0", count: 10 }, limits: { newCardsPerDay: 0, reviewsPerDay: 5 } };
    const partly = queueHead({ ...input, progress: { newIntroduced: 0, reviewsDone: 3, gradedToday: 3 } });
    expect(partly).toEqual({ nextCardId: "r0", counts: { new: 0, learning: 0, review: 2 } });
    expect(queueHead({ ...input, progress: { newIntroduced: 0, reviewsDone: 5, gradedToday: 5 } }).nextCardId).toBeNull();
  });

  it("never limits learning cards: a card being learned is always finished", () => {
    const input = { ...base, learning: { headCardId: "learn", count: 4 }, limits: { newCardsPerDay: 0, reviewsPerDay: 0 } };
    expect(queueHead(input)).toEqual({ nextCardId: "learn", counts: { new: 0, learning: 4, review: 0 } });
  });
});

describe("isLeechAt", () => {
  it("flags at the threshold and every half threshold after", () => {
    expect([7, 8, 9, 12, 16].map((lapses) => isLeechAt(lapses, 8))).toEqual([false, true, false, true, true]);
  });
});
