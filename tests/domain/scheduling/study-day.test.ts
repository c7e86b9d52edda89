import { describe, expect, it } from "vitest";
import { studyDayAt } from "@/lib/domain/scheduling/study-day";

const utc = (iso: string) => new Date(`${iso}Z`);

describe("studyDayAt", () => {
  // Pacific/Auckland is UTC+13 in November (daylight time).
  describe("UTC+13 (Pacific/Auckland)", () => {
    it("starts the day at 4 am local, the previous evening in UTC", () => {
      const day = studyDayAt(utc("2026-11-25T15:30:00"), "Pacific/Auckland", 4); // 04:30 local on the 26th
      expect(day.date).toBe("2026-11-26");
      expect(day.startsAt.toISOString()).toBe("2026-11-25T15:00:00.000Z");
      expect(day.endsAt.toISOString()).toBe("2026-11-26T15:00:00.000Z");
    });

    it("counts 3:59 am local for the day before", () => {
      const day = studyDayAt(utc("2026-11-25T14:59:00"), "Pacific/Auckland", 4); // 03:59 local on the 26th
      expect(day.date).toBe("2026-11-25");
      expect(day.endsAt.toISOString()).toBe("2026-11-25T15:00:00.000Z");
    });
  });

  // America/Los_Angeles is UTC-8 in November (standard time).
  describe("UTC-8 (America/Los_Angeles)", () => {
    it("starts the day at 4 am local, noon UTC", () => {
      const before = studyDayAt(utc("2026-11-25T11:59:59"), "America/Los_Angeles", 4); // 03:59:59 local
      const after = studyDayAt(utc("2026-11-25T12:00:00"), "America/Los_Angeles", 4); // 04:00 local
      expect(before.date).toBe("2026-11-24");
      expect(after.date).toBe("2026-11-25");
      expect(after.startsAt.toISOString()).toBe("2026-11-25T12:00:00.000Z");
      expect(before.endsAt).toEqual(after.startsAt);
    });

    it("honours another day-start hour", () => {
      const day = studyDayAt(utc("2026-11-25T07:30:00"), "America/Los_Angeles", 0); // 23:30 local on the 24th
      expect(day.date).toBe("2026-11-24");
      expect(day.startsAt.toISOString()).toBe("2026-11-24T08:00:00.000Z");
    });
  });

  it("puts one instant on different study days in different timezones", () => {
    const now = utc("2026-11-25T16:00:00"); // 05:00 on the 26th in Auckland, 08:00 on the 25th in Los Angeles
    expect(studyDayAt(now, "UTC", 4).date).toBe("2026-11-25");
    expect(studyDayAt(now, "Pacific/Auckland", 4).date).toBe("2026-11-26");
    expect(studyDayAt(now, "America/Los_Angeles", 4).date).toBe("2026-11-25");
  });

  it("makes a 23-hour day across a DST change", () => {
    // Europe/Berlin moves to summer time on 2026-03-29 at 02:00, inside the day that starts at
    // 04:00 on the 28th and ends at 04:00 on the 29th.
    const day = studyDayAt(utc("2026-03-28T12:00:00"), "Europe/Berlin", 4);
    expect((day.endsAt.getTime() - day.startsAt.getTime()) / 3_600_000).toBe(23);
  });
});
