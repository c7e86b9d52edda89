import { studyDayAt, type StudyDay } from "../scheduling/study-day";

const DAY_MS = 86_400_000;
// A study day lasts 23 to 25 hours and DST shifts never add up to more than a few hours, so
// today's start plus k days plus 12 hours always falls inside the study day k days away. That
// finds any day with one studyDayAt call instead of walking there one day at a time.
const INTO_DAY_MS = 12 * 3_600_000;

/** The study day `offsetDays` away from `today` (negative: in the past). */
export function studyDayAtOffset(today: StudyDay, offsetDays: number, timezone: string, dayStartHour: number): StudyDay {
  return studyDayAt(new Date(today.startsAt.getTime() + offsetDays * DAY_MS + INTO_DAY_MS), timezone, dayStartHour);
}

export interface StudyDayGrid {
  /** Consecutive study days, oldest first: each one ends where the next starts. */
  days: StudyDay[];
  startsAt: Date;
  endsAt: Date;
  /** Index in `days` of the study day containing `instant`, or -1 outside the grid. */
  indexOf(instant: Date): number;
}

/**
 * The learner's study days from `firstOffset` to `lastOffset` days away from the one containing
 * `now` (0 = today), for bucketing many instants by day: building it costs one time-zone lookup
 * per day, after which each instant is a binary search, not a time-zone conversion.
 */
export function studyDayGrid(now: Date, timezone: string, dayStartHour: number, firstOffset: number, lastOffset: number): StudyDayGrid {
  const today = studyDayAt(now, timezone, dayStartHour);
  const days: StudyDay[] = [];
  for (let offset = firstOffset; offset <= lastOffset; offset++) {
    days.push(offset === 0 ? today : studyDayAtOffset(today, offset, timezone, dayStartHour));
  }
  const starts = days.map((day) => day.startsAt.getTime());
  const endMs = days[days.length - 1].endsAt.getTime();

  function indexOf(instant: Date): number {
    const time = instant.getTime();
    if (!(time >= starts[0] && time < endMs)) return -1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= time) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  return { days, startsAt: days[0].startsAt, endsAt: days[days.length - 1].endsAt, indexOf };
}

/** The last `dayCount` study days, today included: the window of the "last 30 days" charts. */
export function recentStudyDays(now: Date, timezone: string, dayStartHour: number, dayCount: number): StudyDayGrid {
  return studyDayGrid(now, timezone, dayStartHour, -(Math.max(1, dayCount) - 1), 0);
}
