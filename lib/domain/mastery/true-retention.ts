import { studyDayAt } from "../scheduling/study-day";
import { recentDates, type ReviewDayCount } from "./review-day-count";
import { RECENT_DAYS } from "./reviews-by-rating";

export interface RetentionFigure {
  /** Share of the reviews passed (not Again), 0-1; null when there are none to measure. */
  retention: number | null;
  reviewCount: number;
  passedCount: number;
}

export interface TrueRetention {
  overall: RetentionFigure;
  /** Topics with at least one counted review, sorted by topic id. */
  topics: (RetentionFigure & { topic: string })[];
}

function figure(reviewCount: number, passedCount: number): RetentionFigure {
  return { retention: reviewCount === 0 ? null : passedCount / reviewCount, reviewCount, passedCount };
}

/**
 * Anki's "true retention" over the last `dayCount` study days: of the daily-review grades of cards
 * in the review state (isRetentionReview), the share not rated Again, overall and per topic.
 */
export function trueRetention(counts: readonly ReviewDayCount[], now: Date, timezone: string, dayStartHour: number, dayCount = RECENT_DAYS): TrueRetention {
  const window = new Set(recentDates(studyDayAt(now, timezone, dayStartHour).date, dayCount));
  const byTopic = new Map<string, { reviewCount: number; passedCount: number }>();
  let reviewCount = 0;
  let passedCount = 0;
  for (const entry of counts) {
    if (!entry.isRetentionReview || entry.count <= 0 || !window.has(entry.date)) continue;
    const passed = entry.rating > 1 ? entry.count : 0;
    reviewCount += entry.count;
    passedCount += passed;
    const topic = byTopic.get(entry.topic) ?? { reviewCount: 0, passedCount: 0 };
    topic.reviewCount += entry.count;
    topic.passedCount += passed;
    byTopic.set(entry.topic, topic);
  }
  return {
    overall: figure(reviewCount, passedCount),
    topics: [...byTopic]
      .map(([topic, entry]) => ({ topic, ...figure(entry.reviewCount, entry.passedCount) }))
      .sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}
