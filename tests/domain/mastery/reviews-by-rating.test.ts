import { describe, expect, it } from "vitest";
import { reviewsByRating } from "@/lib/domain/mastery/reviews-by-rating";
import { countReviewDays } from "@/lib/domain/mastery/review-day-count";
import type { MasteryLog } from "@/lib/domain/mastery/mastery-inputs";
import { daysBefore, log, utc } from "./mastery-fixtures";

// The logs go through the same day bucketing as the grade transaction's ReviewDayCount rows.
const reviewsByRatingOf = (logs: MasteryLog[], at: Date, zone: string, dayStartHour: number, dayCount?: number) =>
  reviewsByRating(countReviewDays(logs, zone, dayStartHour), at, zone, dayStartHour, dayCount);

const now = utc("2026-11-25T20:00:00");

describe("reviewsByRating", () => {
  it("stacks the last 30 learner days by rating, oldest first", () => {
    const logs = [
      log({ reviewedAt: now, rating: 1 }),
      log({ reviewedAt: now, rating: 3 }),
      log({ reviewedAt: now, rating: 3, source: "quiz" }),
      log({ reviewedAt: now, rating: 4, deletedAt: now }),
      log({ reviewedAt: daysBefore(now, 29), rating: 2 }),
      log({ reviewedAt: daysBefore(now, 30), rating: 2 }), // outside
    ];
    const days = reviewsByRatingOf(logs, now, "America/Los_Angeles", 4);
    expect(days).toHaveLength(30);
    expect(days[29]).toEqual({ date: "2026-11-25", again: 1, hard: 0, good: 2, easy: 0 });
    expect(days[0]).toEqual({ date: "2026-10-27", again: 0, hard: 1, good: 0, easy: 0 });
  });

  it("uses the learner's day start: 03:30 local counts for the day before", () => {
    const days = reviewsByRatingOf([log({ reviewedAt: utc("2026-11-25T11:30:00"), rating: 4 })], now, "America/Los_Angeles", 4);
    expect(days[28]).toMatchObject({ date: "2026-11-24", easy: 1 });
  });

  it("is all zeros for a brand-new learner", () => {
    const days = reviewsByRatingOf([], now, "UTC", 4);
    expect(days.every((day) => day.again + day.hard + day.good + day.easy === 0)).toBe(true);
  });
});
