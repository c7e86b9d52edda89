import { describe, expect, it } from "vitest";
import { reviewCalendar } from "@/lib/domain/mastery/review-calendar";
import { countReviewDays } from "@/lib/domain/mastery/review-day-count";
import type { MasteryLog } from "@/lib/domain/mastery/mastery-inputs";
import { daysBefore, log, utc } from "./mastery-fixtures";

// The logs go through the same day bucketing as the grade transaction's ReviewDayCount rows.
const reviewCalendarOf = (logs: MasteryLog[], at: Date, zone: string, dayStartHour: number, dayCount?: number) =>
  reviewCalendar(countReviewDays(logs, zone, dayStartHour), at, zone, dayStartHour, dayCount);

const now = utc("2026-11-25T20:00:00"); // 12:00 on the 25th in Los Angeles
const zone = "America/Los_Angeles";
// Noon local on each of the last days: 0 = today.
const noonDaysAgo = (days: number) => log({ reviewedAt: daysBefore(now, days) });

describe("reviewCalendar", () => {
  it("counts live reviews of both sources per learner day over 365 days, today last", () => {
    const logs = [
      noonDaysAgo(0),
      log({ reviewedAt: daysBefore(now, 0), source: "quiz" }),
      log({ reviewedAt: daysBefore(now, 0), deletedAt: now }),
      noonDaysAgo(364),
      noonDaysAgo(365), // outside the heatmap
    ];
    const calendar = reviewCalendarOf(logs, now, zone, 4);
    expect(calendar.days).toHaveLength(365);
    expect(calendar.days[364]).toEqual({ date: "2026-11-25", reviewCount: 2 });
    expect(calendar.days[0]).toEqual({ date: "2025-11-26", reviewCount: 1 });
    expect(calendar.days.reduce((sum, day) => sum + day.reviewCount, 0)).toBe(3);
  });

  it("puts a review at 03:30 local with a 4 am day start on the previous day", () => {
    const calendar = reviewCalendarOf([log({ reviewedAt: utc("2026-11-25T11:30:00") })], now, zone, 4); // 03:30 on the 25th
    expect(calendar.days.at(-2)).toEqual({ date: "2026-11-24", reviewCount: 1 });
    expect(calendar.days.at(-1)?.reviewCount).toBe(0);
  });

  it("keeps the current streak alive until today ends, then breaks it", () => {
    const history = [1, 2, 3].map(noonDaysAgo);
    expect(reviewCalendarOf([noonDaysAgo(0), ...history], now, zone, 4).currentStreak).toBe(4);
    expect(reviewCalendarOf(history, now, zone, 4).currentStreak).toBe(3);
    expect(reviewCalendarOf([2, 3].map(noonDaysAgo), now, zone, 4).currentStreak).toBe(0);
  });

  it("does not let an undone review keep a streak", () => {
    const logs = [log({ reviewedAt: daysBefore(now, 1), deletedAt: now }), noonDaysAgo(2)];
    expect(reviewCalendarOf(logs, now, zone, 4).currentStreak).toBe(0);
  });

  it("finds the longest streak in the whole history, beyond the heatmap", () => {
    const old = [500, 501, 502, 503, 504].map(noonDaysAgo);
    const calendar = reviewCalendarOf([...old, noonDaysAgo(10), noonDaysAgo(11)], now, zone, 4);
    expect(calendar.longestStreak).toBe(5);
    expect(calendar.currentStreak).toBe(0);
  });

  it("counts study days, not calendar days, in Auckland", () => {
    // 23:00 on the 24th and 03:00 on the 25th local are one study day; 05:00 on the 25th is the next.
    const logs = [utc("2026-11-24T10:00:00"), utc("2026-11-24T14:00:00"), utc("2026-11-24T16:00:00")].map((reviewedAt) => log({ reviewedAt }));
    const calendar = reviewCalendarOf(logs, utc("2026-11-24T20:00:00"), "Pacific/Auckland", 4);
    expect(calendar.days.slice(-2)).toEqual([
      { date: "2026-11-24", reviewCount: 2 },
      { date: "2026-11-25", reviewCount: 1 },
    ]);
    expect(calendar.currentStreak).toBe(2);
  });

  it("is all zeros for a brand-new learner", () => {
    const calendar = reviewCalendarOf([], now, zone, 4);
    expect(calendar.days).toHaveLength(365);
    expect(calendar.days.every((day) => day.reviewCount === 0)).toBe(true);
    expect(calendar).toMatchObject({ currentStreak: 0, longestStreak: 0 });
  });
});
