import { recentStudyDays } from "./study-day-grid";
import { isLive, type MasteryLog } from "./mastery-inputs";
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
 * in the review state, the share not rated Again. It is the measure to compare with the desired
 * retention, so learning steps (state 1 and 3) are left out, and so are quiz grades: a quiz asks
 * cards whenever the learner picks a topic, mostly before they are due, which would inflate it.
 */
export function trueRetention(logs: readonly MasteryLog[], now: Date, timezone: string, dayStartHour: number, dayCount = RECENT_DAYS): TrueRetention {
  const grid = recentStudyDays(now, timezone, dayStartHour, dayCount);
  const byTopic = new Map<string, { reviewCount: number; passedCount: number }>();
  let reviewCount = 0;
  let passedCount = 0;
  for (const log of logs) {
    if (log.state !== 2 || log.source !== "review" || !isLive(log) || grid.indexOf(log.reviewedAt) < 0) continue;
    const passed = log.rating > 1 ? 1 : 0;
    reviewCount += 1;
    passedCount += passed;
    const entry = byTopic.get(log.topic) ?? { reviewCount: 0, passedCount: 0 };
    entry.reviewCount += 1;
    entry.passedCount += passed;
    byTopic.set(log.topic, entry);
  }
  return {
    overall: figure(reviewCount, passedCount),
    topics: [...byTopic]
      .map(([topic, entry]) => ({ topic, ...figure(entry.reviewCount, entry.passedCount) }))
      .sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}
