// What the daily review shows next, as Anki orders it: learning and relearning cards that are due
// (earliest first), then due review cards with the lowest retrievability first (the ones closest
// to being forgotten), then new cards up to what is left of today's new-card limit.

export const LEARN_AHEAD_MS = 20 * 60_000;

export interface DueLearningCard {
  cardId: string;
  due: Date;
}

export interface DueReviewCard {
  cardId: string;
  retrievability: number;
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
  learningDue: readonly DueLearningCard[];
  reviewDue: readonly DueReviewCard[];
  /** First new cards in introduction order (at least one when any is available). */
  newCardIds: readonly string[];
  newAvailable: number;
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

/** Review cards by ascending retrievability; ties keep a stable order by card id. */
export function orderReviews(cards: readonly DueReviewCard[]): DueReviewCard[] {
  return [...cards].sort((a, b) => a.retrievability - b.retrievability || a.cardId.localeCompare(b.cardId));
}

export function queueHead(input: QueueInput): QueueHead {
  const learning = [...input.learningDue].sort((a, b) => a.due.getTime() - b.due.getTime() || a.cardId.localeCompare(b.cardId));
  const reviews = orderReviews(input.reviewDue).slice(0, remainingReviews(input.limits, input.progress));
  const newCount = Math.min(input.newAvailable, remainingNew(input.limits, input.progress));
  const counts = { new: newCount, learning: learning.length, review: reviews.length };
  const nextCardId = learning[0]?.cardId ?? reviews[0]?.cardId ?? (newCount > 0 ? (input.newCardIds[0] ?? null) : null);
  return { nextCardId, counts };
}

/** True when a leech should be (re)flagged: at the threshold, then every half threshold after, as Anki does. */
export function isLeechAt(lapses: number, threshold: number): boolean {
  if (lapses < threshold) return false;
  const every = Math.max(1, Math.ceil(threshold / 2));
  return (lapses - threshold) % every === 0;
}
