import { InvalidInputError } from "../errors";
import type { ReviewRating } from "../scheduling/scheduler";
import type { ChoiceVerdict } from "./choice-answer";
import type { MetricVerdict } from "./metric-answer";
import type { TypedVerdict } from "./typed-answer";

// The FSRS rating a quiz answer gives its item. A checked answer carries only right or wrong, so
// the rating comes from that plus, in mock mode, speed: answering right in under a third of the
// time limit is the one signal we have that recall was effortless (Easy). Without a limit
// (practice mode) the learner may have taken their time, so right is Good however fast.

export type GradedAnswer =
  /** Checked by the server: typed, metric, multiple-choice, which-family, true/false. */
  | { kind: "checked"; verdict: TypedVerdict | MetricVerdict | ChoiceVerdict; answeredInMs: number; timeLimitMs: number | null }
  /** Open and compare questions: the rating the learner confirmed (see keyPointGrade). */
  | { kind: "self-graded"; confirmedRating: number };

function invalid(path: string, message: string): InvalidInputError {
  return new InvalidInputError(message, [{ path, message }]);
}

function checkedRating(answer: Extract<GradedAnswer, { kind: "checked" }>): ReviewRating {
  const { answeredInMs, timeLimitMs } = answer;
  if (!Number.isFinite(answeredInMs) || answeredInMs < 0) {
    throw invalid("answeredInMs", "The answer time must be a non-negative number of milliseconds.");
  }
  if (timeLimitMs !== null && (!Number.isFinite(timeLimitMs) || timeLimitMs <= 0)) {
    throw invalid("timeLimitMs", "The time limit must be a positive number of milliseconds, or none.");
  }
  // A typo was accepted as right; the UI has already told the learner about it.
  if (answer.verdict === "wrong") return 1;
  // Strictly under a third, compared without dividing so that exactly a third is exactly Good.
  // An answer after the limit is still just Good: timing out is the caller's rule, not a rating.
  return timeLimitMs !== null && answeredInMs * 3 < timeLimitMs ? 4 : 3;
}

/**
 * The rating to schedule the item with after a quiz answer.
 * @throws InvalidInputError for negative or non-finite times, a non-positive limit, or a confirmed
 * rating that is not 1, 2, 3 or 4.
 */
export function quizRating(answer: GradedAnswer): ReviewRating {
  if (answer.kind === "checked") return checkedRating(answer);
  const rating = answer.confirmedRating;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) {
    throw invalid("confirmedRating", "Rating must be 1-4.");
  }
  return rating;
}
