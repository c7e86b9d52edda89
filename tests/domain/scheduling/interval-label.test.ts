import { describe, expect, it } from "vitest";
import { intervalLabel } from "@/lib/domain/scheduling/interval-label";

const MIN = 60_000;
describe("intervalLabel", () => {
  it.each([
    [30_000, "1m"],
    [10 * MIN, "10m"],
    [3 * 60 * MIN, "3h"],
    [3 * 1440 * MIN, "3d"],
    [75 * 1440 * MIN, "2.5mo"],
    [438 * 1440 * MIN, "1.2y"],
  ])("shows %i ms as %s", (span, label) => {
    expect(intervalLabel(0, span)).toBe(label);
  });
});
