import { describe, expect, it } from "vitest";
import { dueForecast } from "@/lib/domain/mastery/due-forecast";
import { card, reviewedCard, utc } from "./mastery-fixtures";

// 10:00 on the 26th in Auckland (UTC+13 in November); the study day started 2026-11-25T15:00Z.
const now = utc("2026-11-25T21:00:00");
const due = (cardId: string, iso: string, extra = {}) => reviewedCard(cardId, now, 3, 1, { due: utc(iso), ...extra });

describe("dueForecast", () => {
  it("counts reviewed cards per learner day for 30 days, overdue ones today", () => {
    const cards = [
      due("overdue", "2026-10-01T00:00:00"),
      due("before-4am", "2026-11-26T14:59:00"), // 03:59 on the 27th: still today's study day
      due("at-4am", "2026-11-26T15:00:00"), // 04:00 on the 27th: tomorrow
      due("last-day", "2026-12-25T14:59:00"), // day 29
      due("too-late", "2026-12-25T15:00:00"), // day 30: beyond the forecast
      due("suspended", "2026-11-26T00:00:00", { isSuspended: true }),
      card({ cardId: "new", due: utc("2026-11-26T00:00:00") }),
    ];
    const forecast = dueForecast(cards, now, "Pacific/Auckland", 4);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2026-11-26", dueCount: 2 });
    expect(forecast[1]).toEqual({ date: "2026-11-27", dueCount: 1 });
    expect(forecast[29]).toEqual({ date: "2026-12-25", dueCount: 1 });
    expect(forecast.reduce((sum, day) => sum + day.dueCount, 0)).toBe(4);
  });

  it("is all zeros for a brand-new learner", () => {
    const forecast = dueForecast([card({ cardId: "n" })], now, "Pacific/Auckland", 4, 7);
    expect(forecast.map((day) => day.dueCount)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
