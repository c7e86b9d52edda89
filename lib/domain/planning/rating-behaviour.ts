import type { RatingBehaviour } from "./plan-input";

// The rating probabilities of the FSRS simulator's defaults (fsrs-rs SimulatorConfig, measured
// on Anki users): a new card's first grade, and the grade of a recalled review.
export const DEFAULT_FIRST_RATING = [0.24, 0.094, 0.495, 0.171] as const;
export const DEFAULT_RECALLED_RATING = [0.224, 0.631, 0.145] as const;

/**
 * The defaults weigh as much as this many of the learner's own grades: with 10 grades the
 * defaults dominate, with 1,000 the learner's habits do, and nothing jumps at a threshold.
 */
export const PRIOR_GRADES = 50;

/** The learner's grade counts: Again/Hard/Good/Easy as first grades, Hard/Good/Easy on recalled reviews. */
export interface RatingCounts {
  firstRatings: readonly [number, number, number, number];
  recalledRatings: readonly [number, number, number];
}

const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0);

function blended<T extends readonly number[]>(counts: T, prior: T): T {
  const total = sum(counts);
  if (total === 0) return [...prior] as unknown as T;
  return counts.map((count, index) => (count + PRIOR_GRADES * prior[index]) / (total + PRIOR_GRADES)) as unknown as T;
}

/** Rating probabilities from the learner's grades, each pulled towards the defaults (see PRIOR_GRADES). */
export function ratingBehaviourOf(counts: RatingCounts): RatingBehaviour {
  return {
    firstRating: blended(counts.firstRatings, DEFAULT_FIRST_RATING),
    recalledRating: blended(counts.recalledRatings, DEFAULT_RECALLED_RATING),
    firstRatingSampleSize: sum(counts.firstRatings),
    recalledRatingSampleSize: sum(counts.recalledRatings),
  };
}

/** The defaults alone, for a learner with no grades. */
export const DEFAULT_RATING_BEHAVIOUR: RatingBehaviour = ratingBehaviourOf({ firstRatings: [0, 0, 0, 0], recalledRatings: [0, 0, 0] });
