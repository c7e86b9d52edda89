import { InvalidInputError } from "../errors";
import type { ReviewRating } from "../scheduling/scheduler";

// Open and compare questions are graded by the learner, who ticks the key points their answer
// covered. From the share covered we suggest a rating; the learner may change it before confirming.
//
// Thresholds (share = covered / total):
//   under half      -> Again (1)  an interview answer missing most of its points was not recalled;
//                                 Again sends it back to relearning, which is what it needs.
//   half, not all   -> Hard (2)   recalled, but incompletely: a pass with a shorter interval, so
//                                 the missing point comes back sooner.
//   all             -> Good (3)   a complete answer is a correct recall, the same as a right
//                                 answer to a checked question without a time limit.
// Easy (4) is never suggested. In FSRS it means "effortless", and ticked points measure how
// complete the answer was, not how much effort it took; only the learner knows that. Suggestions
// anchor the choice, and an unearned Easy stretches intervals far more than an unearned Good, so
// the suggestion errs low and the learner raises it when it was easy.

/**
 * Suggested rating for a self-graded answer that covered `covered` of `total` key points.
 * @throws InvalidInputError unless both are integers with total >= 1 and 0 <= covered <= total.
 */
export function keyPointGrade(covered: number, total: number): ReviewRating {
  if (!Number.isInteger(total) || total < 1) {
    const message = "The number of key points must be a whole number of at least 1.";
    throw new InvalidInputError(message, [{ path: "total", message }]);
  }
  if (!Number.isInteger(covered) || covered < 0 || covered > total) {
    const message = `Key points covered must be a whole number from 0 to ${total}.`;
    throw new InvalidInputError(message, [{ path: "covered", message }]);
  }
  // Integer comparisons, so that the boundary at exactly one half is exact for every total.
  if (covered * 2 < total) return 1;
  if (covered < total) return 2;
  return 3;
}
