import { describe, expect, it } from "vitest";
import { DEFAULT_SIGN_UPS_PER_IP_PER_HOUR, SIGN_UP_WINDOW_MS, signUpRetryAfterSeconds } from "@/lib/domain/account/sign-up-limit";

const start = Date.UTC(2026, 0, 1, 12, 0, 0);
const minutes = (n: number) => new Date(start + n * 60_000);

describe("signUpRetryAfterSeconds", () => {
  it("allows sign-ups from an IP up to the hourly limit, then refuses until the oldest leaves the hour", () => {
    expect(SIGN_UP_WINDOW_MS).toBe(60 * 60_000);
    const attempts = [0, 10, 20].map(minutes);
    expect(signUpRetryAfterSeconds(attempts.slice(0, 2), minutes(21), 3)).toBe(0);
    expect(signUpRetryAfterSeconds(attempts, minutes(21), 3)).toBe(39 * 60);
    expect(signUpRetryAfterSeconds(attempts, minutes(60), 3)).toBe(0);
  });

  it("leaves room for a classroom signing up together behind one address by default", () => {
    const classroom = Array.from({ length: DEFAULT_SIGN_UPS_PER_IP_PER_HOUR - 1 }, () => minutes(0));
    expect(signUpRetryAfterSeconds(classroom, minutes(1), DEFAULT_SIGN_UPS_PER_IP_PER_HOUR)).toBe(0);
    expect(signUpRetryAfterSeconds([...classroom, minutes(0)], minutes(1), DEFAULT_SIGN_UPS_PER_IP_PER_HOUR)).toBe(59 * 60);
  });
});
