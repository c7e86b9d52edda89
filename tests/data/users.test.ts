import { afterAll, describe, expect, it } from "vitest";
import { createUser, findPasswordHashByEmail, getUserProfile } from "@/lib/data/users";
import { getSettings } from "@/lib/data/settings";
import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import { registerUser } from "@/lib/server/register-user";
import { verifyPassword } from "@/lib/server/passwords";
import { createTestDb } from "../support/test-db";

describe("user creation", () => {
  const testDb = createTestDb();
  afterAll(() => testDb.close());

  it("stores an argon2id hash, never the password, and creates default settings", async () => {
    const user = await registerUser(testDb.db, {
      name: "Ada",
      email: "ada@example.com",
      password: "correct horse battery",
      timezone: "Europe/London",
    });
    const stored = await findPasswordHashByEmail(testDb.db, "ada@example.com");
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword(stored!.passwordHash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(stored!.passwordHash, "wrong horse battery")).toBe(false);

    expect(await getUserProfile(testDb.db, user.id)).toEqual({
      id: user.id,
      email: "ada@example.com",
      name: "Ada",
      timezone: "Europe/London",
      dayStartHour: 4,
    });
    const settings = await getSettings(testDb.db, user.id);
    expect(settings).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 20, learningSteps: "1m 10m", isFuzzEnabled: true });
  });

  it("refuses a second account on the same email with a message that does not confirm it exists", async () => {
    await expect(
      createUser(testDb.db, { email: "ada@example.com", name: "Other", passwordHash: null, timezone: "UTC" }),
    ).rejects.toBeInstanceOf(ConflictError);
    const attempt = registerUser(testDb.db, {
      name: "Other",
      email: "ada@example.com",
      password: "another password",
      timezone: "UTC",
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ issues: [{ path: "email" }] });
    expect(await testDb.db.user.count()).toBe(1);
  });

  it("answers an unknown email with no hash, as for a wrong password", async () => {
    expect(await findPasswordHashByEmail(testDb.db, "nobody@example.com")).toBeNull();
    expect(await verifyPassword(null, "anything at all")).toBe(false);
  });
});
