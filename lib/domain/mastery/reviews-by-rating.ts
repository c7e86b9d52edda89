import { recentStudyDays } from "./study-day-grid";
import { isLive, type MasteryLog } from "./mastery-inputs";

export const RECENT_DAYS = 30;

export interface RatingDay {
  date: string;
  again: number;
  hard: number;
  good: number;
  easy: number;
}

const RATING_KEYS = ["again", "hard", "good", "easy"] as const;

/** Live grades (daily review and quiz) on each of the last `dayCount` study days, oldest first, split by rating. */
export function reviewsByRating(logs: readonly MasteryLog[], now: Date, timezone: string, dayStartHour: number, dayCount = RECENT_DAYS): RatingDay[] {
  const grid = recentStudyDays(now, timezone, dayStartHour, dayCount);
  const days: RatingDay[] = grid.days.map((day) => ({ date: day.date, again: 0, hard: 0, good: 0, easy: 0 }));
  for (const log of logs) {
    const key = RATING_KEYS[log.rating - 1];
    if (!key || !isLive(log)) continue;
    const index = grid.indexOf(log.reviewedAt);
    if (index >= 0) days[index][key] += 1;
  }
  return days;
}
