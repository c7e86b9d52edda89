import { afterAll, describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/domain/errors";
import { recordFailedSignIn } from "@/lib/server/sign-in-throttle";
import { admitSignUp } from "@/lib/server/sign-up-gate";
import { createTestDb } from "../support/test-db";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 12, minute));

describe("sign-up rate limiting", () => {
  const testDb = createTestDb();
  afterAll(() => testDb.close());

  it("refuses an IP's sign-up over the hourly limit, counted across app instances, with the wait", async () => {
    const instances = [testDb.db, testDb.openAnother()];
    for (let i = 0; i < 4; i++) await admitSignUp(instances[i % 2], "203.0.113.5", at(i), 4);
    const refusal = await admitSignUp(instances[0], "203.0.113.5", at(10), 4).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    // The first attempt (minute 0) leaves the hour at minute 60.
    expect((refusal as RateLimitedError).retryAfterSeconds).toBe(50 * 60);
    await expect(admitSignUp(instances[1], "198.51.100.1", at(10), 4)).resolves.toBeUndefined();
    await expect(admitSignUp(instances[1], "203.0.113.5", at(60), 4)).resolves.toBeUndefined();
  });

  it("keeps sign-up attempts when sign-in failures are pruned, and prunes its own after two hours", async () => {
    await admitSignUp(testDb.db, "192.0.2.9", at(100), 2);
    await recordFailedSignIn(testDb.db, { email: "a@example.com", ip: "192.0.2.9" }, at(150));
    await admitSignUp(testDb.db, "192.0.2.9", at(151), 2);
    await expect(admitSignUp(testDb.db, "192.0.2.9", at(152), 2)).rejects.toBeInstanceOf(RateLimitedError);
    await admitSignUp(testDb.db, "192.0.2.10", at(400), 2);
    expect(await testDb.db.signInFailure.count({ where: { scope: "sign-up-ip", key: "192.0.2.9" } })).toBe(0);
  });
});
