import { describe, expect, it } from "vitest";
import { weakestConcepts } from "@/lib/domain/quiz/weak-spots";

describe("weakestConcepts", () => {
  it("alternates the lowest-retrievability and the most-lapsed concepts", () => {
    const cards = [
      { conceptId: "forgotten", retrievability: 0.2, lapses: 0 },
      { conceptId: "shaky", retrievability: 0.5, lapses: 0 },
      { conceptId: "lapsing", retrievability: 0.95, lapses: 6 },
      { conceptId: "solid", retrievability: 0.99, lapses: 0 },
      { conceptId: "sometimes", retrievability: 0.9, lapses: 2 },
    ];
    expect(weakestConcepts(cards, 4)).toEqual(["forgotten", "lapsing", "shaky", "sometimes"]);
  });

  it("takes a concept's weakest card and sums its lapses", () => {
    const cards = [
      { conceptId: "a", retrievability: 0.99, lapses: 1 },
      { conceptId: "a", retrievability: 0.3, lapses: 1 },
      { conceptId: "b", retrievability: 0.4, lapses: 1 },
    ];
    expect(weakestConcepts(cards, 1)).toEqual(["a"]);
    expect(weakestConcepts(cards, 5)).toEqual(["a", "b"]);
  });

  it("is empty for a learner with no history", () => {
    expect(weakestConcepts([], 10)).toEqual([]);
  });
});
