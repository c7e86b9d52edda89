import { describe, expect, it } from "vitest";
import { DEFAULT_FIRST_RATING, DEFAULT_RATING_BEHAVIOUR, DEFAULT_RECALLED_RATING, PRIOR_GRADES, ratingBehaviourOf } from "@/lib/domain/planning";

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

describe("ratingBehaviourOf", () => {
  it("is the FSRS simulator's defaults for a learner with no grades", () => {
    expect(DEFAULT_RATING_BEHAVIOUR.firstRating).toEqual(DEFAULT_FIRST_RATING);
    expect(DEFAULT_RATING_BEHAVIOUR.recalledRating).toEqual(DEFAULT_RECALLED_RATING);
    expect(DEFAULT_RATING_BEHAVIOUR.recalledRatingSampleSize).toBe(0);
  });

  it("moves towards the learner's own habits as their grades outnumber the defaults' weight", () => {
    const few = ratingBehaviourOf({ firstRatings: [0, 0, 10, 0], recalledRatings: [0, 10, 0] });
    const many = ratingBehaviourOf({ firstRatings: [0, 0, 5000, 0], recalledRatings: [0, 5000, 0] });
    expect(few.recalledRating[1]).toBeCloseTo((10 + PRIOR_GRADES * DEFAULT_RECALLED_RATING[1]) / (10 + PRIOR_GRADES), 12);
    expect(many.recalledRating[1]).toBeGreaterThan(0.99);
    expect(many.firstRating[2]).toBeGreaterThan(0.99);
    expect(few.recalledRating[1]).toBeLessThan(many.recalledRating[1]);
    expect(many.recalledRatingSampleSize).toBe(5000);
    for (const behaviour of [few, many]) {
      expect(total(behaviour.firstRating)).toBeCloseTo(1, 12);
      expect(total(behaviour.recalledRating)).toBeCloseTo(1, 12);
    }
  });
});
