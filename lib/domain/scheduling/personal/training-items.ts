import type { CardReviewSequence } from "./review-sequences";

/** A review the optimizer learns to predict, with the card's reviews up to and including it. */
export interface TrainingItem {
  /** The index of the card's sequence in the list the items were made from. */
  sequence: number;
  /** [rating, days since the previous review] of each review, the first with 0 days. */
  reviews: ReadonlyArray<readonly [number, number]>;
  /** When the predicted (last) review happened: what the held-out split orders by. */
  reviewedAt: Date;
}

/**
 * One item per review made on a later study day than the card's previous one: recall after a
 * delay is what FSRS predicts. Same-day reviews stay in the items as history (they shape the
 * short-term stability), but are not predicted themselves, as in the optimizer's own converters.
 */
export function trainingItemsOf(sequences: readonly CardReviewSequence[]): TrainingItem[] {
  const items: TrainingItem[] = [];
  sequences.forEach(({ reviews }, sequence) => {
    const pairs = reviews.map((review) => [review.rating, review.deltaDays] as const);
    for (let index = 1; index < reviews.length; index += 1) {
      if (reviews[index].deltaDays > 0) items.push({ sequence, reviews: pairs.slice(0, index + 1), reviewedAt: reviews[index].reviewedAt });
    }
  });
  return items;
}

export interface HeldOutSplit {
  training: TrainingItem[];
  heldOut: TrainingItem[];
}

/**
 * The latest `share` of the items (by the time of the predicted review) held out, the rest to fit
 * on: the check fit learns only from the past and is scored on the future, as it will be used.
 */
export function splitLatestHeldOut(items: readonly TrainingItem[], share: number): HeldOutSplit {
  const ordered = [...items].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const heldOutCount = Math.ceil(ordered.length * share);
  return { training: ordered.slice(0, ordered.length - heldOutCount), heldOut: ordered.slice(ordered.length - heldOutCount) };
}
