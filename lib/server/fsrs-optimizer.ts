import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import type { TrainingItem } from "../domain/scheduling/personal/training-items";

// The one adapter over the FSRS optimizer (@open-spaced-repetition/binding, fsrs-rs compiled for
// Node). The fit itself runs on the binding's own threads; what runs here on the event loop
// (building its items, scoring) is cut into slices that yield, so other requests keep being served.

const SLICE = 2_000;
const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface WeightsScore {
  logLoss: number;
  rmseBins: number;
}

export class FitInterruptedError extends Error {
  constructor() {
    super("The fit was interrupted.");
    this.name = "FitInterruptedError";
  }
}

async function bindingItemsOf(items: readonly TrainingItem[]): Promise<FSRSBindingItem[]> {
  const converted: FSRSBindingItem[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    for (const item of items.slice(start, start + SLICE)) {
      converted.push(new FSRSBindingItem(item.reviews.map(([rating, days]) => new FSRSBindingReview(rating, days))));
    }
    await yieldToOtherRequests();
  }
  return converted;
}

export interface FitOptions {
  /** Relearning steps the learner uses: the optimizer fits the short-term weights to them. */
  relearningStepCount: number;
  /** Called with the share done, 0 to 1. */
  onProgress?: (share: number) => void;
  /** Aborting stops the optimizer at its next progress report. */
  signal?: AbortSignal;
}

/** The 21 FSRS-6 weights that best predict these items. */
export async function fitFsrsWeights(items: readonly TrainingItem[], options: FitOptions): Promise<number[]> {
  const bindingItems = await bindingItemsOf(items);
  if (options.signal?.aborted) throw new FitInterruptedError();
  // The optimizer reports progress per epoch only on larger histories; say it started and ended.
  options.onProgress?.(0);
  try {
    const weights = await computeParameters(bindingItems, {
      enableShortTerm: true,
      numRelearningSteps: options.relearningStepCount,
      // A polling interval, not a limit: how often the binding checks on its training threads.
      timeout: 10,
      progress: (current, total) => {
        if (options.signal?.aborted) return false;
        if (total > 0) options.onProgress?.(Math.min(1, current / total));
        return true;
      },
    });
    options.onProgress?.(1);
    return weights;
  } catch (error) {
    if (options.signal?.aborted) throw new FitInterruptedError();
    throw error;
  }
}

/**
 * Log loss and RMSE over bins (the srs-benchmark's metrics) of `weights` predicting `items`.
 * The binding scores synchronously; items are scored whole (RMSE over bins does not add up
 * across slices), which takes about 15 ms for 20,000 items.
 */
export async function scoreFsrsWeights(items: readonly TrainingItem[], weights: readonly number[]): Promise<WeightsScore> {
  const bindingItems = await bindingItemsOf(items);
  const { logLoss, rmseBins } = new FSRSBinding([...weights]).evaluate(bindingItems);
  return { logLoss, rmseBins };
}
