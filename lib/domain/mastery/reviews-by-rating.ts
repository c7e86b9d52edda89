import { studyDayAt } from "../scheduling/study-day";
import { recentDates, type ReviewDayCount } from "./review-day-count";

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
export function reviewsByRating(counts: readonly ReviewDayCount[], now: Date, timezone: string, dayStartHour: number, dayCount = RECENT_DAYS): RatingDay[] {
  const dates = recentDates(studyDayAt(now, timezone, dayStartHour).date, dayCount);
  const days: RatingDay[] = dates.map((date) => ({ date, again: 0, hard: 0, good: 0, easy: 0 }));
  const indexOf = new Map(dates.map((date, index) => [date, index]));
  for (const entry of counts) {
    const key = RATING_KEYS[entry.rating - 1];
    const index = indexOf.get(entry.date);
    if (key && index !== undefined) days[index][key] += entry.count;
  }
  return days;
}
