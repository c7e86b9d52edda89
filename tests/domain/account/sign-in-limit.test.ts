import { describe, expect, it } from "vitest";
import { FAILURE_WINDOW_MS, MAX_FAILURES, retryAfterSeconds } from "@/lib/domain/account/sign-in-limit";

const start = Date.UTC(2026, 0, 1, 12, 0, 0);
const minutes = (n: number) => new Date(start + n * 60_000);

describe("retryAfterSeconds", () => {
  it("allows attempts while fewer than 5 failures are in the window", () => {
    const failures = [0, 1, 2, 3].map(minutes);
    expect(retryAfterSeconds(failures, minutes(4))).toBe(0);
  });

  it("refuses the 6th attempt until the oldest counted failure leaves the 15-minute window", () => {
    const failures = [0, 1, 2, 3, 4].map(minutes);
    expect(MAX_FAILURES).toBe(5);
    expect(FAILURE_WINDOW_MS).toBe(15 * 60_000);
    expect(retryAfterSeconds(failures, minutes(5))).toBe(10 * 60);
    expect(retryAfterSeconds(failures, minutes(14.5))).toBe(30);
    expect(retryAfterSeconds(failures, minutes(15))).toBe(0);
  });

  it("ignores failures older than the window", () => {
    const failures = [-30, -20, 0, 1, 2, 3].map(minutes);
    expect(retryAfterSeconds(failures, minutes(4))).toBe(0);
  });

  it("waits for enough failures to expire when there are more than 5", () => {
    const failures = [0, 1, 2, 3, 4, 5, 6].map(minutes);
    // Dropping below 5 needs the failures at minutes 0, 1 and 2 gone: the one at 2 leaves at 17.
    expect(retryAfterSeconds(failures, minutes(7))).toBe(10 * 60);
  });
});
