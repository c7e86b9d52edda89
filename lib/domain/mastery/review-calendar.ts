import { studyDayAt } from "../scheduling/study-day";
import { daysBetween, recentDates, type ReviewDayCount } from "./review-day-count";

export const CALENDAR_DAYS = 365;

export interface ReviewDay {
  date: string;
  reviewCount: number;
}

export interface ReviewCalendar {
  /** The last `dayCount` study days, oldest first, today last. */
  days: ReviewDay[];
  /** Consecutive days with a review ending today, or yesterday while today has none yet. */
  currentStreak: number;
  /** The longest run of consecutive days with a review in the whole history, not just the window. */
  longestStreak: number;
}

/**
 * Reviews per study day for the heatmap, and the streaks, from the day counts of the whole
 * history. Every live grade counts, quiz grades included: the streak rewards studying, whichever
 * page it happened on. Days after today (only a server clock change could write them) are ignored.
 */
export function reviewCalendar(
  counts: readonly Pick<ReviewDayCount, "date" | "count">[],
  now: Date,
  timezone: string,
  dayStartHour: number,
  dayCount = CALENDAR_DAYS,
): ReviewCalendar {
  const today = studyDayAt(now, timezone, dayStartHour).date;
  const perDay = new Map<string, number>();
  for (const entry of counts) {
    if (entry.count > 0 && entry.date <= today) perDay.set(entry.date, (perDay.get(entry.date) ?? 0) + entry.count);
  }

  const activeDates = [...perDay.keys()].sort();
  let longestStreak = 0;
  let run = 0;
  activeDates.forEach((date, index) => {
    run = index > 0 && daysBetween(activeDates[index - 1], date) === 1 ? run + 1 : 1;
    longestStreak = Math.max(longestStreak, run);
  });

  const dates = recentDates(today, dayCount);
  const days = dates.map((date) => ({ date, reviewCount: perDay.get(date) ?? 0 }));
  let currentStreak = 0;
  const latest = activeDates.at(-1);
  if (latest !== undefined && daysBetween(latest, today) <= 1) {
    currentStreak = 1;
    for (let index = activeDates.length - 1; index > 0 && daysBetween(activeDates[index - 1], activeDates[index]) === 1; index--) currentStreak += 1;
  }
  return { days, currentStreak, longestStreak };
}
