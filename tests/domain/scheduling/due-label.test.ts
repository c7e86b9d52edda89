import { describe, expect, it } from "vitest";
import { localDateTimeLabel, relativeDueLabel } from "@/lib/domain/scheduling/due-label";
import { daysLabel, percentLabel } from "@/lib/domain/scheduling/memory-state-labels";

// 10:00 in Auckland (UTC+13 in November), day starting at 4 am.
const NOW = new Date("2026-11-24T21:00:00Z");
const at = (iso: string) => new Date(iso);
const label = (due: string, timezone = "Pacific/Auckland") => relativeDueLabel(at(due), NOW, timezone, 4);

describe("relativeDueLabel", () => {
  it.each([
    ["2026-11-24T21:00:00Z", "due now"],
    ["2026-11-24T20:00:00Z", "due now"],
    ["2026-11-24T21:10:00Z", "in 10 minutes"],
    ["2026-11-24T21:00:20Z", "in 1 minute"],
    ["2026-11-25T02:00:00Z", "in 5 hours"],
    ["2026-11-25T21:00:00Z", "tomorrow"],
    ["2026-11-27T21:00:00Z", "in 3 days"],
    ["2027-03-24T21:00:00Z", "in 4 months"],
    ["2028-05-24T21:00:00Z", "in 1.5 years"],
    ["2026-11-22T21:00:00Z", "due 2 days ago"],
    ["2026-11-23T21:00:00Z", "due yesterday"],
  ])("%s is %s", (due, expected) => {
    expect(label(due)).toBe(expected);
  });

  it("counts the learner's study days, not 24-hour spans", () => {
    // 03:00 local the next morning is before the 4 am day start: still today's study day.
    expect(label("2026-11-25T14:00:00Z")).toBe("in 17 hours");
    // 05:00 local the next morning, only 19 hours away, is tomorrow's review.
    expect(label("2026-11-25T16:00:00Z")).toBe("tomorrow");
  });
});

describe("labels", () => {
  it("shows instants on the learner's wall clock", () => {
    expect(localDateTimeLabel(NOW, "Pacific/Auckland")).toBe("25 Nov 2026, 10:00");
    expect(localDateTimeLabel(NOW, "UTC")).toBe("24 Nov 2026, 21:00");
  });

  it("rounds days and percentages without claiming certainty", () => {
    expect([daysLabel(0.43), daysLabel(9.96), daysLabel(12.4), daysLabel(1234.5)]).toEqual(["0.4 d", "10 d", "12 d", "1,235 d"]);
    expect([percentLabel(0.9), percentLabel(0.996), percentLabel(1), percentLabel(0.001), percentLabel(0)]).toEqual(["90%", "99%", "100%", "<1%", "0%"]);
  });
});
