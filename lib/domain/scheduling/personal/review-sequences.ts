import type { ReviewRating } from "../scheduler";

/** One grade of the learner's history, as the optimizer reads it. */
export interface HistoryLog {
  cardId: string;
  reviewedAt: Date;
  rating: number;
  /** The card's state before this grade (0 new, 1 learning, 2 review, 3 relearning). */
  state: number;
  /** The learner's study date of the grade, "YYYY-MM-DD" in their timezone and day start. */
  studyDate: string;
}

export interface SequenceReview {
  rating: ReviewRating;
  /** Study days since the card's previous review (0 for the first, and for a same-day review). */
  deltaDays: number;
  reviewedAt: Date;
}

export interface CardReviewSequence {
  cardId: string;
  reviews: SequenceReview[];
}

const DAY_MS = 86_400_000;
const dayNumber = (studyDate: string) => Date.parse(`${studyDate}T00:00:00Z`) / DAY_MS;

/**
 * Each card's reviews since it was last new, with the study days between them: the shape of the
 * FSRS optimizer's items. Days are counted between the learner's study dates, so two grades either
 * side of midnight but before their day start are the same day, as the scheduler sees them.
 *
 * A card's sequence starts at its last grade made while it was new: a reset (forget) sends a card
 * back to new without a log, and what it learned before no longer describes its memory. A card
 * whose history does not start from new (nothing but later grades survived) is left out, as the
 * optimizer's own converters do, because its first review would be scored as a first meeting.
 *
 * `logs` must be ordered by card, then by review time.
 */
export function cardReviewSequences(logs: readonly HistoryLog[]): CardReviewSequence[] {
  const sequences: CardReviewSequence[] = [];
  let start = 0;
  while (start < logs.length) {
    let end = start;
    while (end < logs.length && logs[end].cardId === logs[start].cardId) end += 1;
    const sequence = sequenceOf(logs, start, end);
    if (sequence) sequences.push(sequence);
    start = end;
  }
  return sequences;
}

function sequenceOf(logs: readonly HistoryLog[], start: number, end: number): CardReviewSequence | null {
  let first = -1;
  for (let index = end - 1; index >= start; index -= 1) {
    if (logs[index].state === 0) {
      first = index;
      break;
    }
  }
  if (first < 0) return null;
  const reviews: SequenceReview[] = [];
  let previousDay = dayNumber(logs[first].studyDate);
  for (let index = first; index < end; index += 1) {
    const log = logs[index];
    if (log.rating < 1 || log.rating > 4) continue;
    const day = dayNumber(log.studyDate);
    reviews.push({ rating: log.rating as ReviewRating, deltaDays: index === first ? 0 : Math.max(0, Math.round(day - previousDay)), reviewedAt: log.reviewedAt });
    previousDay = day;
  }
  return { cardId: logs[first].cardId, reviews };
}
