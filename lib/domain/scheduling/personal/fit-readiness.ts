import type { TrainingItem } from "./training-items";

/** The share of the latest reviews held out to score the fit. */
export const HELD_OUT_SHARE = 0.2;

/**
 * The FSRS optimizer (fsrs-rs) fits all 21 weights only from 64 training items: below 8 it returns
 * the defaults, and below 64 (or when no card was reviewed on a third day) it fits only the four
 * initial stabilities. The check fit trains on 80% of the items, so 80 items give it 64, and 16
 * held-out reviews to score it on.
 */
export const OPTIMIZER_FULL_FIT_ITEMS = 64;
export const MINIMUM_ITEMS = Math.ceil(OPTIMIZER_FULL_FIT_ITEMS / (1 - HELD_OUT_SHARE));

export type FitReadiness =
  | { isReady: true; itemCount: number }
  | { isReady: false; itemCount: number; missing: string };

/** Whether the learner's history is enough to fit their weights, and what is missing if not. */
export function fitReadiness(items: readonly TrainingItem[]): FitReadiness {
  const itemCount = items.length;
  if (itemCount < MINIMUM_ITEMS) {
    return {
      isReady: false,
      itemCount,
      missing:
        `Personalizing needs at least ${MINIMUM_ITEMS} reviews of cards you had already seen on an earlier day; ` +
        `you have ${itemCount}. With fewer, the optimizer would keep most weights at their defaults, and too few of ` +
        `your latest reviews would be left to check the fit on. Keep reviewing daily and try again.`,
    };
  }
  const hasThirdDay = items.some((item) => item.reviews.filter(([, days]) => days > 0).length >= 2);
  if (!hasThirdDay) {
    return {
      isReady: false,
      itemCount,
      missing:
        "Personalizing needs cards you have reviewed on at least three different days; so far each card was " +
        "reviewed again on one later day only, and the optimizer could fit only how well you remember new cards.",
    };
  }
  return { isReady: true, itemCount };
}
