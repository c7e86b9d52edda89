import { studyDayGrid } from "./study-day-grid";
import { isSeen } from "./card-retrievability";
import type { MasteryCard } from "./mastery-inputs";

export const FORECAST_DAYS = 30;

export interface DueDay {
  /** The learner's calendar date of the study day, e.g. "2026-11-25". */
  date: string;
  dueCount: number;
}

/**
 * Reviewed, unsuspended cards due on each of the next `dayCount` study days, today first; today
 * also holds every overdue card, since that is when the queue shows them. Cards due later are left
 * out, and new cards are never "due" (the daily new-card limit introduces them).
 */
export function dueForecast(
  cards: readonly MasteryCard[],
  now: Date,
  timezone: string,
  dayStartHour: number,
  dayCount = FORECAST_DAYS,
): DueDay[] {
  const grid = studyDayGrid(now, timezone, dayStartHour, 0, Math.max(1, dayCount) - 1);
  const counts = new Array<number>(grid.days.length).fill(0);
  const todayStartMs = grid.startsAt.getTime();
  for (const card of cards) {
    if (!isSeen(card) || card.isSuspended) continue;
    const index = card.due.getTime() < todayStartMs ? 0 : grid.indexOf(card.due);
    if (index >= 0) counts[index] += 1;
  }
  return grid.days.map((day, index) => ({ date: day.date, dueCount: counts[index] }));
}
