import { afterAll, describe, expect, it } from "vitest";
import { recordFailedSignIn, recordSuccessfulSignIn, signInRetryAfterSeconds } from "@/lib/server/sign-in-throttle";
import { createTestDb } from "../support/test-db";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 12, minute));

describe("sign-in rate limiting", () => {
  const testDb = createTestDb();
  afterAll(() => testDb.close());

  it("refuses the 6th attempt after 5 failures on one email, even from another app instance", async () => {
    const attempt = { email: "victim@example.com", ip: "203.0.113.1" };
    for (let i = 0; i < 5; i++) {
      expect(await signInRetryAfterSeconds(testDb.db, { ...attempt, ip: `203.0.113.${i}` }, at(i))).toBe(0);
      await recordFailedSignIn(testDb.db, { ...attempt, ip: `203.0.113.${i}` }, at(i));
    }
    const otherInstance = testDb.openAnother();
    // The first failure (minute 0) leaves the 15-minute window at minute 15.
    expect(await signInRetryAfterSeconds(otherInstance, { ...attempt, ip: "198.51.100.9" }, at(5))).toBe(600);
    expect(await signInRetryAfterSeconds(otherInstance, { ...attempt, ip: "198.51.100.9" }, at(15))).toBe(0);
  });

  it("limits one IP trying many emails", async () => {
    for (let i = 0; i < 5; i++) await recordFailedSignIn(testDb.db, { email: `user${i}@example.com`, ip: "192.0.2.7" }, at(30));
    expect(await signInRetryAfterSeconds(testDb.db, { email: "fresh@example.com", ip: "192.0.2.7" }, at(31))).toBeGreaterThan(0);
    expect(await signInRetryAfterSeconds(testDb.db, { email: "fresh@example.com", ip: "192.0.2.8" }, at(31))).toBe(0);
  });

  it("forgives an email's failures after a successful sign-in", async () => {
    const attempt = { email: "forgetful@example.com", ip: "192.0.2.50" };
    for (let i = 0; i < 4; i++) await recordFailedSignIn(testDb.db, { ...attempt, ip: `192.0.2.${60 + i}` }, at(40));
    await recordSuccessfulSignIn(testDb.db, attempt);
    await recordFailedSignIn(testDb.db, { ...attempt, ip: "192.0.2.70" }, at(41));
    expect(await signInRetryAfterSeconds(testDb.db, { ...attempt, ip: "192.0.2.71" }, at(42))).toBe(0);
  });
});
