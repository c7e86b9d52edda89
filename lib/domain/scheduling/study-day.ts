// The learner's day: it starts at their day-start hour (default 4 am) in their own timezone, so
// a review at 1 am still counts for the evening before, as in Anki. Limits ("new cards today"),
// burying ("until tomorrow") and "due today" all use these instants, never the server's clock zone.

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of `instant` in `timezone`, as Intl formats it (a few microseconds a call). */
function formattedParts(instant: Date, timezone: string): LocalParts {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timezone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function exactOffsetMs(instant: Date, timezone: string): number {
  const p = formattedParts(instant, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

// Offsets by timezone and quarter hour of UTC. Every grade works out several study-day instants,
// and formatting each through Intl was 7% of the server's time under load; a zone's offset is the
// same all through almost every quarter hour, so it is looked up once per quarter hour instead.
const QUARTER_HOUR_MS = 15 * 60_000;
const MAX_CACHED_OFFSETS = 100_000;
const offsets = new Map<string, number>();

/** Offset of `timezone` from UTC at `instant`, in milliseconds (e.g. +13 h for Pacific/Auckland in summer). */
function offsetMs(instant: Date, timezone: string): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  const key = `${timezone}|${quarter}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const first = exactOffsetMs(new Date(quarter * QUARTER_HOUR_MS), timezone);
  const last = exactOffsetMs(new Date((quarter + 1) * QUARTER_HOUR_MS - 1000), timezone);
  // A quarter hour in which the offset changes (none in today's zones, whose changes fall on a
  // quarter hour of UTC) is never cached: each instant in it is formatted.
  if (first !== last) return exactOffsetMs(instant, timezone);
  if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear();
  offsets.set(key, first);
  return first;
}

/** The wall-clock reading of `instant` in `timezone`: the instant shifted by the zone's offset, read in UTC. */
function localParts(instant: Date, timezone: string): LocalParts {
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetMs(instant, timezone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/**
 * The instant at which local wall-clock time `year-month-day hour:00` occurs in `timezone`.
 * When a DST gap skips that hour, the first instant after the gap is returned.
 */
function instantOfLocalTime(year: number, month: number, day: number, hour: number, timezone: string): Date {
  const wallClock = Date.UTC(year, month - 1, day, hour);
  // Two passes settle the offset when the guess and the answer straddle a DST change.
  let guess = wallClock - offsetMs(new Date(wallClock), timezone);
  guess = wallClock - offsetMs(new Date(guess), timezone);
  return new Date(guess);
}

export interface StudyDay {
  /** The learner's calendar date of this study day, e.g. "2026-11-25". */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

// The last study day worked out per zone and day-start hour: a grade asks for the day several
// times, and every learner of a zone shares it. Any instant inside [startsAt, endsAt) is in that
// day by definition, so a hit returns it as it is.
const MAX_CACHED_DAYS = 1_000;
const recentDays = new Map<string, StudyDay>();

/** The study day containing `now` for a learner in `timezone` whose day starts at `dayStartHour`. */
export function studyDayAt(now: Date, timezone: string, dayStartHour: number): StudyDay {
  const key = `${timezone}|${dayStartHour}`;
  const recent = recentDays.get(key);
  const at = now.getTime();
  if (recent && recent.startsAt.getTime() <= at && at < recent.endsAt.getTime()) return recent;
  const day = computeStudyDay(now, timezone, dayStartHour);
  if (recentDays.size >= MAX_CACHED_DAYS) recentDays.clear();
  recentDays.set(key, day);
  return day;
}

function computeStudyDay(now: Date, timezone: string, dayStartHour: number): StudyDay {
  const local = localParts(now, timezone);
  // Before the day-start hour, the study day is the previous calendar date.
  const calendar = new Date(Date.UTC(local.year, local.month - 1, local.day - (local.hour < dayStartHour ? 1 : 0)));
  const year = calendar.getUTCFullYear();
  const month = calendar.getUTCMonth() + 1;
  const day = calendar.getUTCDate();
  return {
    date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    startsAt: instantOfLocalTime(year, month, day, dayStartHour, timezone),
    endsAt: instantOfLocalTime(year, month, day + 1, dayStartHour, timezone),
  };
}
