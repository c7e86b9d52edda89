import { describe, expect, it } from "vitest";
import { trueRetention } from "@/lib/domain/mastery/true-retention";
import { countReviewDays } from "@/lib/domain/mastery/review-day-count";
import type { MasteryLog } from "@/lib/domain/mastery/mastery-inputs";
import { daysBefore, log, utc } from "./mastery-fixtures";

// The logs go through the same day bucketing as the grade transaction's ReviewDayCount rows.
const trueRetentionOf = (logs: MasteryLog[], at: Date, zone: string, dayStartHour: number, dayCount?: number) =>
  trueRetention(countReviewDays(logs, zone, dayStartHour), at, zone, dayStartHour, dayCount);

const now = utc("2026-11-25T20:00:00");

describe("trueRetention", () => {
  it("is the share of review-state reviews not rated Again, overall and per topic", () => {
    const logs = [
      log({ reviewedAt: now, topic: "trees", rating: 3 }),
      log({ reviewedAt: now, topic: "trees", rating: 2 }),
      log({ reviewedAt: now, topic: "trees", rating: 1 }),
      log({ reviewedAt: now, topic: "boosting", rating: 4 }),
      log({ reviewedAt: now, topic: "boosting", rating: 1, state: 1 }), // learning step
      log({ reviewedAt: now, topic: "boosting", rating: 1, state: 3 }), // relearning step
      log({ reviewedAt: now, topic: "boosting", rating: 1, source: "quiz" }),
      log({ reviewedAt: now, topic: "boosting", rating: 1, deletedAt: now }),
      log({ reviewedAt: daysBefore(now, 31), topic: "boosting", rating: 1 }),
    ];
    const retention = trueRetentionOf(logs, now, "UTC", 4);
    expect(retention.overall).toEqual({ retention: 0.75, reviewCount: 4, passedCount: 3 });
    expect(retention.topics).toEqual([
      { topic: "boosting", retention: 1, reviewCount: 1, passedCount: 1 },
      { topic: "trees", retention: 2 / 3, reviewCount: 3, passedCount: 2 },
    ]);
  });

  it("windows on learner days: the 30th day back starts at the day-start hour", () => {
    // Today is 2026-11-25 in Los Angeles; the window starts 2026-10-27 at 04:00 local (11:00Z, daylight time over).
    const logs = [log({ reviewedAt: utc("2026-10-27T10:59:00"), rating: 1 }), log({ reviewedAt: utc("2026-10-27T11:00:00"), rating: 3 })];
    expect(trueRetentionOf(logs, now, "America/Los_Angeles", 4).overall).toEqual({ retention: 1, reviewCount: 1, passedCount: 1 });
  });

  it("is null, not NaN, with nothing to measure", () => {
    const retention = trueRetentionOf([log({ reviewedAt: now, state: 0 })], now, "UTC", 4);
    expect(retention).toEqual({ overall: { retention: null, reviewCount: 0, passedCount: 0 }, topics: [] });
    expect(trueRetentionOf([], now, "UTC", 4).overall.retention).toBeNull();
  });
});
