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

describe("studyDayAt against Intl, minute by minute around every 2026 offset change", () => {
  const ZONES = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns", "UTC"];
  const reference = new Map<string, Intl.DateTimeFormat>();
  const wallClock = (instant: Date, zone: string) => {
    let format = reference.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
      reference.set(zone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
    return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
  };
  const previousDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  /** Every 5 minutes for 36 hours either side of each instant where the zone's offset changes in 2026. */
  const instantsAround = (zone: string) => {
    // The instants where the zone's offset changes in 2026, found hour by hour.
    const changes: number[] = [];
    const offsetAt = (ms: number) => {
      const local = wallClock(new Date(ms), zone);
      return Date.parse(`${local.date}T${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}:00Z`) - ms;
    };
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000) if (offsetAt(ms) !== offsetAt(ms + 3_600_000)) changes.push(ms);
    expect(changes, zone).toHaveLength(zone === "Asia/Kathmandu" || zone === "UTC" ? 0 : 2);
    return [...changes.flatMap((change) => Array.from({ length: 2 * 36 * 12 }, (_, index) => change - 36 * 3_600_000 + index * 5 * 60_000 + 17_000)), Date.UTC(2026, 6, 1, 12)];
  };

  it("gives the same days asked out of order: the last day it worked out is reused only for instants inside it", () => {
    for (const zone of ZONES) {
      const instants = instantsAround(zone);
      // Alternate between the two ends, so consecutive calls land on different study days.
      const shuffled = instants.map((_, index) => instants[index % 2 === 0 ? index / 2 : instants.length - 1 - (index - 1) / 2]);
      for (const ms of shuffled) {
        const local = wallClock(new Date(ms), zone);
        const day = studyDayAt(new Date(ms), zone, 4);
        expect(day.date, `${zone} ${new Date(ms).toISOString()}`).toBe(local.hour < 4 ? previousDate(local.date) : local.date);
        expect(day.startsAt.getTime()).toBeLessThanOrEqual(ms);
        expect(day.endsAt.getTime()).toBeGreaterThan(ms);
      }
    }
  });

  it("gives Intl's date, and a day that starts at the day-start hour and holds the instant", () => {
    for (const zone of ZONES) {
      const instants = instantsAround(zone);
      for (const ms of instants) {
        const instant = new Date(ms);
        const local = wallClock(instant, zone);
        const day = studyDayAt(instant, zone, 4);
        expect(day.date, `${zone} ${instant.toISOString()}`).toBe(local.hour < 4 ? previousDate(local.date) : local.date);
        expect(day.startsAt.getTime()).toBeLessThanOrEqual(ms);
        expect(day.endsAt.getTime()).toBeGreaterThan(ms);
        const start = wallClock(day.startsAt, zone);
        expect(start.date).toBe(day.date);
        // 4:00 local, or the first minute after a gap that skips it.
        expect(start.hour * 60 + start.minute).toBeGreaterThanOrEqual(4 * 60);
        expect(start.hour * 60 + start.minute).toBeLessThan(4 * 60 + 61);
      }
    }
  });
});
