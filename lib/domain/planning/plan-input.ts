import type { CardStateValue } from "../scheduling/memory-state";

// What the retention planner simulates: one learner's cards, their scheduling parameters and how
// they tend to grade, from a given instant. Plain values, so the same input always gives the same plan.

/** Days the planner looks ahead. */
export const HORIZON_DAYS = 365;

export interface PlanCard {
  conceptId: string;
  /** ts-fsrs state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: CardStateValue;
  stability: number;
  difficulty: number;
  due: Date;
  lastReview: Date | null;
}

export interface PlanSettings {
  /** The learner's desired retention now; always one of the plan's points. */
  currentRetention: number;
  maximumIntervalDays: number;
  /** Unseen cards are introduced at this rate, in the order `cards` lists them. */
  newCardsPerDay: number;
  /** Review-state cards graded per day at most (as the daily review caps them); null for no limit. */
  reviewsPerDay: number | null;
  /** Same-day steps, collapsed into grades of the day a card is learnt or forgotten. */
  learningStepCount: number;
  relearningStepCount: number;
  /** FSRS-6 weights; the defaults when omitted. */
  weights?: readonly number[];
}

/** How the learner grades: the probabilities the simulation draws ratings from. */
export interface RatingBehaviour {
  /** Again, Hard, Good, Easy: a new card's first grade. */
  firstRating: readonly [number, number, number, number];
  /** Hard, Good, Easy: the grade of a review the learner recalled. */
  recalledRating: readonly [number, number, number];
  /** Grades of the learner's own these were estimated from (0: the defaults alone). */
  firstRatingSampleSize: number;
  recalledRatingSampleSize: number;
}

export interface PlanInput {
  /** Suspended and retired cards left out; unseen (state 0) cards in introduction order. */
  cards: readonly PlanCard[];
  settings: PlanSettings;
  behaviour: RatingBehaviour;
  /** Day 0 of the plan starts here. */
  now: Date;
  seed: number;
}
