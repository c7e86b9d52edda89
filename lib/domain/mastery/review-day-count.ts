import { studyDayAt } from "../scheduling/study-day";
import { isLive, type MasteryLog } from "./mastery-inputs";

/**
 * How many live grades the learner gave on one study day, in one topic, with one rating: the unit
 * the dashboard's review charts are built from. The grade and undo transactions keep one row per
 * key up to date (ReviewDayCount), so the charts never read the logs themselves.
 */
export interface ReviewDayCount {
  /** The learner's study date, "YYYY-MM-DD", in the timezone and day start of the review's time. */
  date: string;
  topic: string;
  rating: number;
  /** A daily-review grade of a card in the review state: what true retention measures. */
  isRetentionReview: boolean;
  count: number;
}

export type ReviewDayKey = Omit<ReviewDayCount, "count">;

/**
 * True retention compares the desired retention with how often review-state cards are recalled
 * when due, so learning steps (states 1 and 3) are left out, and so are quiz grades: a quiz asks
 * cards whenever the learner picks a topic, mostly before they are due, which would inflate it.
 */
export function isRetentionReview(log: Pick<MasteryLog, "state" | "source">): boolean {
  return log.state === 2 && log.source === "review";
}

/** The row a grade counts in: its study day (a review at 03:30 with a 4 am day start is the day before's). */
export function reviewDayKey(log: Pick<MasteryLog, "reviewedAt" | "topic" | "rating" | "state" | "source">, timezone: string, dayStartHour: number): ReviewDayKey {
  return {
    date: studyDayAt(log.reviewedAt, timezone, dayStartHour).date,
    topic: log.topic,
    rating: log.rating,
    isRetentionReview: isRetentionReview(log),
  };
}

/** The day counts of a set of logs, undone ones left out: what the maintained rows must equal. */
export function countReviewDays(logs: readonly MasteryLog[], timezone: string, dayStartHour: number): ReviewDayCount[] {
  const counts = new Map<string, ReviewDayCount>();
  for (const log of logs) {
    if (!isLive(log)) continue;
    const key = reviewDayKey(log, timezone, dayStartHour);
    const id = `${key.date}|${key.topic}|${key.rating}|${key.isRetentionReview}`;
    const entry = counts.get(id);
    if (entry) entry.count += 1;
    else counts.set(id, { ...key, count: 1 });
  }
  return [...counts.values()];
}

const DAY_MS = 86_400_000;

function dateNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The calendar date `offsetDays` from `date` (study dates are calendar dates, one per study day). */
export function addDays(date: string, offsetDays: number): string {
  return new Date((dateNumber(date) + offsetDays) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return dateNumber(to) - dateNumber(from);
}

/** The last `dayCount` study dates ending with `today`, oldest first. */
export function recentDates(today: string, dayCount: number): string[] {
  const count = Math.max(1, dayCount);
  return Array.from({ length: count }, (_, index) => addDays(today, index - count + 1));
}
