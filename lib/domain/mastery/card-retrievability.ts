import type { Scheduler } from "../scheduling/scheduler";
import type { MasteryCard } from "./mastery-inputs";

/** The part of the scheduler the mastery math needs: the FSRS forgetting curve of the learner's weights. */
export type ForgettingCurve = Pick<Scheduler, "retrievabilityOf">;

/** Whether the learner has reviewed the card; a reset card is new, and so unseen, again. */
export function isSeen(card: Pick<MasteryCard, "state" | "lastReview">): boolean {
  return card.state !== 0 && card.lastReview !== null;
}

/**
 * Probability of recall, 0-1, `at` an instant, of a memory of `stability` days last reviewed at
 * `lastReview`. A non-positive stability has no forgetting curve (0/0 at the review instant), so
 * it counts as not known rather than as NaN.
 */
export function recallProbability(curve: ForgettingCurve, stability: number, lastReview: Date, at: Date): number {
  if (!(stability > 0)) return 0;
  return curve.retrievabilityOf(stability, lastReview, at);
}

/** The card's probability of recall `at` an instant, assuming no review before then; 0 when unseen. */
export function cardRetrievability(curve: ForgettingCurve, card: Pick<MasteryCard, "state" | "lastReview" | "stability">, at: Date): number {
  if (!isSeen(card) || card.lastReview === null) return 0;
  return recallProbability(curve, card.stability, card.lastReview, at);
}
