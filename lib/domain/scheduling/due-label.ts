import { studyDayAt } from "./study-day";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** Days between two study dates ("2026-11-25"), counted on the calendar so DST never shifts them. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * When a card is due, relative to `now`: "due now", "in 10 minutes", "in 5 hours", "tomorrow",
 * "in 3 days", "in 4 months", or "due 2 days ago". Days are the learner's study days (their
 * timezone and day-start hour), so "tomorrow" means the next day's review, as the queue counts it.
 */
export function relativeDueLabel(dueAt: Date, now: Date, timezone: string, dayStartHour: number): string {
  const spanMs = dueAt.getTime() - now.getTime();
  const days = daysBetween(studyDayAt(now, timezone, dayStartHour).date, studyDayAt(dueAt, timezone, dayStartHour).date);
  if (spanMs <= 0) return days < 0 ? `due ${relative.format(days, "day")}` : "due now";
  if (days === 0) {
    return spanMs < HOUR
      ? relative.format(Math.max(1, Math.round(spanMs / MINUTE)), "minute")
      : relative.format(Math.round(spanMs / HOUR), "hour");
  }
  if (days < 45) return relative.format(days, "day");
  if (days < 365) return relative.format(Math.round(days / 30.44), "month");
  return relative.format(Math.round((days / 365.25) * 10) / 10, "year");
}

/** An instant as the learner's wall clock shows it, e.g. "25 Nov 2026, 10:00". */
export function localDateTimeLabel(instant: Date, timezone: string): string {
  let formatter = dateTimeFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, dateStyle: "medium", timeStyle: "short" });
    dateTimeFormatters.set(timezone, formatter);
  }
  return formatter.format(instant);
}
