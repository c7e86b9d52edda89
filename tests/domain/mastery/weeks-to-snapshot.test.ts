import { describe, expect, it } from "vitest";
import { weeksToSnapshot } from "@/lib/domain/mastery/weekly-mastery-snapshots";
import { currentWeekStartsAt, masteryWeeks } from "@/lib/domain/mastery/weekly-topic-mastery";

const HOUR_MS = 3_600_000;

/** The definition: the chart's ended weeks whose end is after the capture. */
function endedWeeksAfter(now: Date, timezone: string, dayStartHour: number, capturedAt: Date | null) {
  return masteryWeeks(now, timezone, dayStartHour, 12)
    .slice(0, -1)
    .filter((week) => capturedAt === null || week.measuredAt.getTime() > capturedAt.getTime());
}

describe("weeksToSnapshot", () => {
  it("finds nothing to snapshot when the capture is at or after the current week's start", () => {
    const now = new Date("2026-11-25T20:00:00Z"); // a Wednesday
    const weekStart = currentWeekStartsAt(now, "UTC", 4);
    expect(weekStart.toISOString()).toBe("2026-11-23T04:00:00.000Z");
    expect(weeksToSnapshot(now, "UTC", 4, weekStart)).toEqual([]);
    expect(weeksToSnapshot(now, "UTC", 4, new Date(weekStart.getTime() - 1)).map((week) => week.startDate)).toEqual(["2026-11-16"]);
  });

  it("lists every ended week of the window when nothing was ever captured", () => {
    const weeks = weeksToSnapshot(new Date("2026-11-25T20:00:00Z"), "UTC", 4, null);
    expect(weeks).toHaveLength(11);
    expect(weeks.at(-1)?.measuredAt.toISOString()).toBe("2026-11-23T04:00:00.000Z");
  });

  // Zones with DST changes on either side of the day-start hour, a half-hour zone and one far east,
  // over a Sunday night, a Monday morning before and after the day starts, and across the
  // March and October DST weekends.
  const zones = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Pacific/Auckland", "Australia/Lord_Howe"];
  const instants = ["2026-03-08T00:00:00Z", "2026-03-29T00:00:00Z", "2026-10-25T00:00:00Z", "2026-11-01T00:00:00Z", "2026-11-22T00:00:00Z"];

  it("agrees with the full computation around week boundaries and DST changes", () => {
    let compared = 0;
    for (const timezone of zones) {
      for (const dayStartHour of [0, 4, 23]) {
        for (const instant of instants) {
          for (let hours = 0; hours < 72; hours += 5) {
            const now = new Date(new Date(instant).getTime() + hours * HOUR_MS);
            const weekStart = currentWeekStartsAt(now, timezone, dayStartHour).getTime();
            for (const capturedAt of [null, weekStart - 7 * 24 * HOUR_MS, weekStart - 1, weekStart, weekStart + 1, now.getTime()]) {
              const captured = capturedAt === null ? null : new Date(capturedAt);
              expect(weeksToSnapshot(now, timezone, dayStartHour, captured)).toEqual(endedWeeksAfter(now, timezone, dayStartHour, captured));
              compared += 1;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
