import type { Db } from "../data/db";
import { loadReviewHistory } from "../data/scheduling/load-review-history";
import { saveParameterFit, type ParameterFitView } from "../data/scheduling/parameter-fits";
import { getLearnerContext } from "../data/review/learner-context";
import { DEFAULT_FSRS_WEIGHTS } from "../domain/scheduling/fsrs-weights";
import { parseSteps } from "../domain/scheduling/learning-steps";
import { fitReadiness, HELD_OUT_SHARE } from "../domain/scheduling/personal/fit-readiness";
import { cardReviewSequences } from "../domain/scheduling/personal/review-sequences";
import { splitLatestHeldOut, trainingItemsOf } from "../domain/scheduling/personal/training-items";
import { runOptimizer } from "./fsrs-optimizer";
import { withFitSlot } from "./fit-gate";

// The optimizer returns the defaults unchanged when, after setting aside unusual first intervals
// (per first rating, the least common ones, 20 reviews at least), too little is left to learn from.
const OPTIMIZER_KEPT_DEFAULTS =
  "The optimizer kept the default parameters: your history is still too thin for it. It sets aside, for each " +
  "first rating, at least 20 of your first reviews with the least common intervals, and too few were left. " +
  "Review more cards over more days and try again.";

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

const isDefault = (weights: readonly number[]) => weights.every((w, index) => Math.abs(w - DEFAULT_FSRS_WEIGHTS[index]) < 1e-6);

export type FitPhase = "waiting" | "reading" | "checking" | "fitting" | "saving";

export type FitOutcome =
  | { kind: "not-ready"; missing: string; itemCount: number }
  | { kind: "fitted"; fit: ParameterFitView };

export interface FitRun {
  onProgress: (phase: FitPhase, share: number) => void;
  signal?: AbortSignal;
}

/**
 * Fits the learner's FSRS weights on their own daily-review history and stores the result for
 * them to confirm; nothing about their scheduling changes here.
 *
 * The evaluation is honest about what the weights have seen: a check fit learns from all but the
 * latest 20% of the reviews, and it and the defaults are both scored on those latest reviews. The
 * weights offered are then fitted on every review, so they are at least as well informed as the
 * ones scored. Quiz answers are left out: a quiz asks a card out of its schedule, often minutes
 * after a review, and is graded by the app rather than by the learner's own sense of recall.
 */
export async function fitPersonalParameters(db: Db, userId: string, run: FitRun): Promise<FitOutcome> {
  return withFitSlot(() => fitNow(db, userId, run), () => run.onProgress("waiting", 0), run.signal);
}

async function fitNow(db: Db, userId: string, { onProgress, signal }: FitRun): Promise<FitOutcome> {
  const startedAt = performance.now();
  onProgress("reading", 0);
  const [logs, context] = await Promise.all([loadReviewHistory(db, userId, { reviewsOnly: true }), getLearnerContext(db, userId)]);
  // Each step takes a few tens of milliseconds on a 100,000-grade history: other requests get a
  // turn between them.
  const sequences = cardReviewSequences(logs);
  await yieldToOtherRequests();
  const items = trainingItemsOf(sequences);
  await yieldToOtherRequests();
  const readiness = fitReadiness(items);
  if (!readiness.isReady) return { kind: "not-ready", missing: readiness.missing, itemCount: readiness.itemCount };

  const relearning = parseSteps(context.scheduler.relearningSteps);
  const relearningStepCount = relearning.ok ? relearning.steps.length : 1;
  const { training, heldOut } = splitLatestHeldOut(items, HELD_OUT_SHARE);
  await yieldToOtherRequests();
  const run = await runOptimizer(sequences, training, heldOut, { defaultWeights: DEFAULT_FSRS_WEIGHTS, relearningStepCount, signal, onProgress });
  if (isDefault(run.checkWeights) || isDefault(run.weights)) return { kind: "not-ready", missing: OPTIMIZER_KEPT_DEFAULTS, itemCount: items.length };
  const { weights, defaultScore, checkScore: fittedScore } = run;

  onProgress("saving", 1);
  const fit = await saveParameterFit(db, userId, {
    weights,
    reviewCount: sequences.reduce((sum, sequence) => sum + sequence.reviews.length, 0),
    cardCount: sequences.length,
    heldOutReviewCount: heldOut.length,
    defaultLogLoss: defaultScore.logLoss,
    defaultRmseBins: defaultScore.rmseBins,
    fittedLogLoss: fittedScore.logLoss,
    fittedRmseBins: fittedScore.rmseBins,
    fitMs: Math.round(performance.now() - startedAt),
  });
  return { kind: "fitted", fit };
}
