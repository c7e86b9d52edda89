// What the daily review shows next, as Anki orders it: learning and relearning cards that are due
// (earliest first), then due review cards with the lowest retrievability first (the ones closest
// to being forgotten), then new cards up to what is left of today's new-card limit.

export const LEARN_AHEAD_MS = 20 * 60_000;

/** One part of the queue as the database returns it: its first card and how many it holds. */
export interface QueueSlice {
  headCardId: string | null;
  count: number;
}

export interface DailyLimits {
  newCardsPerDay: number;
  reviewsPerDay: number;
}

export interface DayProgress {
  /** New cards introduced since the study day started, on any device. */
  newIntroduced: number;
  /** Review-state cards graded since the study day started. */
  reviewsDone: number;
  /** Every grade given since the study day started. */
  gradedToday: number;
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface QueueInput {
  /** Due learning/relearning cards, earliest due first. */
  learning: QueueSlice;
  /** Due review cards, lowest retrievability first. */
  reviews: QueueSlice;
  /** Available new cards in introduction order (the count may be capped at the remaining limit). */
  fresh: QueueSlice;
  limits: DailyLimits;
  progress: DayProgress;
}

export interface QueueHead {
  nextCardId: string | null;
  counts: QueueCounts;
}

export function remainingNew(limits: DailyLimits, progress: DayProgress): number {
  return Math.max(0, limits.newCardsPerDay - progress.newIntroduced);
}

export function remainingReviews(limits: DailyLimits, progress: DayProgress): number {
  return Math.max(0, limits.reviewsPerDay - progress.reviewsDone);
}

export function queueHead(input: QueueInput): QueueHead {
  const counts = {
    new: Math.min(input.fresh.count, remainingNew(input.limits, input.progress)),
    learning: input.learning.count,
    review: Math.min(input.reviews.count, remainingReviews(input.limits, input.progress)),
  };
  const nextCardId =
    input.learning.headCardId ?? (counts.review > 0 ? input.reviews.headCardId : null) ?? (counts.new > 0 ? input.fresh.headCardId : null);
  return { nextCardId, counts };
}

/** True when a leech should be (re)flagged: at the threshold, then every half threshold after, as Anki does. */
export function isLeechAt(lapses: number, threshold: number): boolean {
  if (lapses < threshold) return false;
  const every = Math.max(1, Math.ceil(threshold / 2));
  return (lapses - threshold) % every === 0;
}
