import { studyDayAt } from "../scheduling/study-day";
import { studyDayGrid } from "./study-day-grid";
import { isLive, type MasteryLog } from "./mastery-inputs";

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
 * Reviews per study day for the heatmap, and the streaks. Every live grade counts, quiz grades
 * included: the streak rewards studying, whichever page it happened on. Logs after today's end
 * (only a server clock change could write them; review times come from the server) are ignored.
 */
export function reviewCalendar(
  logs: readonly MasteryLog[],
  now: Date,
  timezone: string,
  dayStartHour: number,
  dayCount = CALENDAR_DAYS,
): ReviewCalendar {
  const windowDays = Math.max(1, dayCount);
  const today = studyDayAt(now, timezone, dayStartHour);
  let earliestMs = today.startsAt.getTime();
  for (const log of logs) {
    if (isLive(log) && log.reviewedAt.getTime() < earliestMs) earliestMs = log.reviewedAt.getTime();
  }
  // One day of margin: the day count between two instants is off by one across a DST change.
  const historyDays = Math.ceil((today.startsAt.getTime() - earliestMs) / 86_400_000) + 1;
  const grid = studyDayGrid(now, timezone, dayStartHour, -Math.max(windowDays - 1, historyDays), 0);

  const counts = new Array<number>(grid.days.length).fill(0);
  for (const log of logs) {
    if (!isLive(log)) continue;
    const index = grid.indexOf(log.reviewedAt);
    if (index >= 0) counts[index] += 1;
  }

  let longestStreak = 0;
  let run = 0;
  for (const count of counts) {
    run = count > 0 ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }
  const last = counts.length - 1;
  let currentStreak = 0;
  for (let index = counts[last] > 0 ? last : last - 1; index >= 0 && counts[index] > 0; index--) currentStreak += 1;

  const first = counts.length - windowDays;
  return {
    days: grid.days.slice(first).map((day, index) => ({ date: day.date, reviewCount: counts[first + index] })),
    currentStreak,
    longestStreak,
  };
}
