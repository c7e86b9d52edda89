import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CardReviewSequence } from "../domain/scheduling/personal/review-sequences";
import type { TrainingItem } from "../domain/scheduling/personal/training-items";

// The one adapter over the FSRS optimizer (@open-spaced-repetition/binding, fsrs-rs compiled for
// Node). The optimizer runs in a worker thread (fsrs-fit-worker.mjs); this side hands it the
// history as a few flat typed arrays, which move to the worker without being copied, and relays
// its progress.

// Resolved from the app's root at run time (npm start, the tests and the benchmarks all run
// there), not bundled: Node loads the worker file as it is.
const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/server/fsrs-fit-worker.mjs");

export interface WeightsScore {
  logLoss: number;
  rmseBins: number;
}

export interface OptimizerRun {
  /** Fitted on the training items only. */
  checkWeights: number[];
  /** Fitted on every item. */
  weights: number[];
  /** Both scored on the held-out items. */
  defaultScore: WeightsScore;
  checkScore: WeightsScore;
}

export type OptimizerPhase = "checking" | "fitting";

export interface OptimizerOptions {
  defaultWeights: readonly number[];
  /** Relearning steps the learner uses: the optimizer fits the short-term weights to them. */
  relearningStepCount: number;
  onProgress?: (phase: OptimizerPhase, share: number) => void;
  /** Aborting stops the optimizer at its next progress report, and the worker with it. */
  signal?: AbortSignal;
}

export class FitInterruptedError extends Error {
  constructor() {
    super("The fit was interrupted.");
    this.name = "FitInterruptedError";
  }
}

type WorkerMessage =
  | { type: "progress"; phase: OptimizerPhase; share: number }
  | ({ type: "result" } & OptimizerRun)
  | { type: "error"; message: string };

/** The history as flat arrays: every card's reviews end to end, and each item as (card, length). */
function encode(sequences: readonly CardReviewSequence[], items: readonly TrainingItem[]) {
  const total = sequences.reduce((sum, sequence) => sum + sequence.reviews.length, 0);
  const ratings = new Uint8Array(total);
  const deltas = new Int32Array(total);
  const sequenceStarts = new Int32Array(sequences.length + 1);
  let offset = 0;
  sequences.forEach((sequence, index) => {
    sequenceStarts[index] = offset;
    for (const review of sequence.reviews) {
      ratings[offset] = review.rating;
      deltas[offset] = review.deltaDays;
      offset += 1;
    }
  });
  sequenceStarts[sequences.length] = offset;
  const itemSequences = Int32Array.from(items, (item) => item.sequence);
  const itemLengths = Int32Array.from(items, (item) => item.reviews.length);
  return { ratings, deltas, sequenceStarts, itemSequences, itemLengths };
}

/**
 * Fits weights on `training` (the check fit) and scores them and the defaults on `heldOut`, then
 * fits on both: the learner's weights. Items refer to `sequences` by index.
 */
export function runOptimizer(sequences: readonly CardReviewSequence[], training: readonly TrainingItem[], heldOut: readonly TrainingItem[], options: OptimizerOptions): Promise<OptimizerRun> {
  if (options.signal?.aborted) return Promise.reject(new FitInterruptedError());
  const arrays = encode(sequences, [...training, ...heldOut]);
  const worker = new Worker(WORKER_FILE, {
    workerData: { ...arrays, trainingCount: training.length, relearningStepCount: options.relearningStepCount, defaultWeights: [...options.defaultWeights] },
    transferList: Object.values(arrays).map((array) => array.buffer),
  });
  return new Promise<OptimizerRun>((resolve, reject) => {
    const abort = () => {
      worker.postMessage("abort");
      // The optimizer stops at its next progress report; a worker still busy is ended anyway.
      setTimeout(() => void worker.terminate(), 2000).unref();
    };
    options.signal?.addEventListener("abort", abort, { once: true });
    const finish = (settle: () => void) => {
      options.signal?.removeEventListener("abort", abort);
      void worker.terminate();
      settle();
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") options.onProgress?.(message.phase, message.share);
      else if (message.type === "result") finish(() => resolve(message));
      else finish(() => reject(options.signal?.aborted ? new FitInterruptedError() : new Error(`The FSRS optimizer failed: ${message.message}`)));
    });
    worker.on("error", (error) => finish(() => reject(error)));
    worker.on("exit", (code) => finish(() => reject(options.signal?.aborted ? new FitInterruptedError() : new Error(`The FSRS optimizer stopped (exit code ${code}).`))));
  });
}
