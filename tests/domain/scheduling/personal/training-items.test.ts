import { describe, expect, it } from "vitest";
import type { CardReviewSequence } from "@/lib/domain/scheduling/personal/review-sequences";
import { splitLatestHeldOut, trainingItemsOf, type TrainingItem } from "@/lib/domain/scheduling/personal/training-items";

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));

const sequence: CardReviewSequence = {
  cardId: "a",
  reviews: [
    { rating: 3, deltaDays: 0, reviewedAt: at(1) },
    { rating: 3, deltaDays: 0, reviewedAt: at(1) },
    { rating: 1, deltaDays: 3, reviewedAt: at(4) },
    { rating: 3, deltaDays: 0, reviewedAt: at(4) },
    { rating: 3, deltaDays: 2, reviewedAt: at(6) },
  ],
};

describe("trainingItemsOf", () => {
  it("makes one item per review on a later day, with the card's reviews up to it", () => {
    const items = trainingItemsOf([sequence]);
    expect(items.map((item) => item.reviews)).toEqual([
      [
        [3, 0],
        [3, 0],
        [1, 3],
      ],
      [
        [3, 0],
        [3, 0],
        [1, 3],
        [3, 0],
        [3, 2],
      ],
    ]);
    expect(items.map((item) => item.reviewedAt)).toEqual([at(4), at(6)]);
  });

  it("says which card's sequence each item comes from", () => {
    const other = { cardId: "b", reviews: [sequence.reviews[0], { ...sequence.reviews[2], deltaDays: 5 }] };
    expect(trainingItemsOf([sequence, other]).map((item) => item.sequence)).toEqual([0, 0, 1]);
  });

  it("makes none for a card seen on one day only", () => {
    expect(trainingItemsOf([{ cardId: "b", reviews: sequence.reviews.slice(0, 2) }])).toEqual([]);
  });
});

describe("splitLatestHeldOut", () => {
  const items: TrainingItem[] = [5, 1, 4, 2, 3, 10, 8, 6, 9, 7].map((day, sequence) => ({ sequence, reviews: [[3, 0], [3, day]], reviewedAt: at(day) }));

  it("holds out the latest share of the reviews and trains on the earlier ones", () => {
    const { training, heldOut } = splitLatestHeldOut(items, 0.2);
    expect(heldOut.map((item) => item.reviewedAt.getUTCDate())).toEqual([9, 10]);
    expect(training.map((item) => item.reviewedAt.getUTCDate())).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("rounds the held-out part up, so it is never empty", () => {
    expect(splitLatestHeldOut(items.slice(0, 3), 0.2).heldOut).toHaveLength(1);
  });
});
