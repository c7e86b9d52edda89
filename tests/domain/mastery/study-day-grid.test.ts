import { describe, expect, it } from "vitest";
import { recentStudyDays, studyDayGrid } from "@/lib/domain/mastery/study-day-grid";
import { utc } from "./mastery-fixtures";

describe("studyDayGrid", () => {
  it("lays out consecutive study days around today", () => {
    const grid = studyDayGrid(utc("2026-11-25T20:00:00"), "America/Los_Angeles", 4, -2, 1); // 12:00 local on the 25th
    expect(grid.days.map((day) => day.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]);
    for (let index = 1; index < grid.days.length; index++) expect(grid.days[index].startsAt).toEqual(grid.days[index - 1].endsAt);
    expect(grid.startsAt.toISOString()).toBe("2026-11-23T12:00:00.000Z");
    expect(grid.endsAt.toISOString()).toBe("2026-11-27T12:00:00.000Z");
  });

  it("puts 03:30 local before a 4 am day start on the previous day", () => {
    const grid = studyDayGrid(utc("2026-11-25T20:00:00"), "America/Los_Angeles", 4, -2, 0);
    expect(grid.days[grid.indexOf(utc("2026-11-25T11:30:00"))].date).toBe("2026-11-24"); // 03:30 on the 25th
    expect(grid.days[grid.indexOf(utc("2026-11-25T12:00:00"))].date).toBe("2026-11-25"); // 04:00 on the 25th
  });

  it("answers -1 outside the grid, the end being exclusive", () => {
    const grid = studyDayGrid(utc("2026-11-25T20:00:00"), "UTC", 4, -1, 0);
    expect(grid.indexOf(utc("2026-11-24T03:59:59"))).toBe(-1);
    expect(grid.indexOf(utc("2026-11-24T04:00:00"))).toBe(0);
    expect(grid.indexOf(utc("2026-11-26T03:59:59.999"))).toBe(1);
    expect(grid.indexOf(utc("2026-11-26T04:00:00"))).toBe(-1);
  });

  it("stays contiguous across a DST change over a long span", () => {
    // Pacific/Auckland leaves daylight time in April and re-enters it in September.
    const grid = studyDayGrid(utc("2026-11-25T20:00:00"), "Pacific/Auckland", 4, -400, 0);
    expect(grid.days).toHaveLength(401);
    const dates = new Set(grid.days.map((day) => day.date));
    expect(dates.size).toBe(401);
    for (let index = 1; index < grid.days.length; index++) expect(grid.days[index].startsAt).toEqual(grid.days[index - 1].endsAt);
    const lengths = new Set(grid.days.map((day) => (day.endsAt.getTime() - day.startsAt.getTime()) / 3_600_000));
    expect([...lengths].sort()).toEqual([23, 24, 25]);
  });

  it("gives the last n days, today last", () => {
    const grid = recentStudyDays(utc("2026-11-25T20:00:00"), "UTC", 4, 30);
    expect(grid.days).toHaveLength(30);
    expect(grid.days[0].date).toBe("2026-10-27");
    expect(grid.days[29].date).toBe("2026-11-25");
  });
});
