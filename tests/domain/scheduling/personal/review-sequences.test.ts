import { describe, expect, it } from "vitest";
import { cardReviewSequences, type HistoryLog } from "@/lib/domain/scheduling/personal/review-sequences";

const log = (cardId: string, studyDate: string, rating: number, state: number, hour = 12): HistoryLog => ({
  cardId,
  rating,
  state,
  studyDate,
  reviewedAt: new Date(`${studyDate}T${String(hour).padStart(2, "0")}:00:00Z`),
});

describe("cardReviewSequences", () => {
  it("counts study days between a card's reviews, the first with 0 and a same-day review with 0", () => {
    const [sequence] = cardReviewSequences([
      log("a", "2026-11-01", 3, 0, 9),
      log("a", "2026-11-01", 3, 1, 10),
      log("a", "2026-11-04", 1, 2),
      log("a", "2026-11-05", 3, 3),
    ]);
    expect(sequence.cardId).toBe("a");
    expect(sequence.reviews.map((review) => [review.rating, review.deltaDays])).toEqual([
      [3, 0],
      [3, 0],
      [1, 3],
      [3, 1],
    ]);
  });

  it("uses the learner's study dates, not UTC calendar days", () => {
    // 03:00 on the 2nd is still the study day of the 1st for a learner whose day starts at 4.
    const [sequence] = cardReviewSequences([
      { cardId: "a", rating: 3, state: 0, studyDate: "2026-11-01", reviewedAt: new Date("2026-11-01T20:00:00Z") },
      { cardId: "a", rating: 3, state: 2, studyDate: "2026-11-01", reviewedAt: new Date("2026-11-02T03:00:00Z") },
    ]);
    expect(sequence.reviews.map((review) => review.deltaDays)).toEqual([0, 0]);
  });

  it("starts a card over at its last grade as new (after a reset) and keeps cards apart", () => {
    const sequences = cardReviewSequences([
      log("a", "2026-11-01", 3, 0),
      log("a", "2026-11-03", 3, 2),
      log("a", "2026-11-10", 4, 0),
      log("a", "2026-11-12", 3, 2),
      log("b", "2026-11-02", 1, 0),
      log("b", "2026-11-06", 3, 2),
    ]);
    expect(sequences.map((sequence) => [sequence.cardId, sequence.reviews.map((review) => [review.rating, review.deltaDays])])).toEqual([
      ["a", [[4, 0], [3, 2]]],
      ["b", [[1, 0], [3, 4]]],
    ]);
  });

  it("leaves out a card whose history does not start from new", () => {
    expect(cardReviewSequences([log("a", "2026-11-03", 3, 2), log("a", "2026-11-09", 3, 2)])).toEqual([]);
  });

  it("is empty for no history", () => {
    expect(cardReviewSequences([])).toEqual([]);
  });
});
