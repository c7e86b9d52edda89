import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, getUserProfile } from "@/lib/data/users";
import { getSettings, updateSettings } from "@/lib/data/settings";
import { createTestDb } from "../support/test-db";

describe("one user never reads or writes another's rows", () => {
  const testDb = createTestDb();
  let alice = "";
  let bob = "";
  beforeAll(async () => {
    alice = (await createUser(testDb.db, { email: "alice@example.com", name: "Alice", passwordHash: null, timezone: "UTC" })).id;
    bob = (await createUser(testDb.db, { email: "bob@example.com", name: "Bob", passwordHash: null, timezone: "Asia/Tokyo" })).id;
  });
  afterAll(() => testDb.close());

  it("updates only the signed-in user's settings", async () => {
    const aliceBefore = await getSettings(testDb.db, alice);
    const bobSettings = await getSettings(testDb.db, bob);
    await updateSettings(testDb.db, bob, { ...bobSettings, newCardsPerDay: 99, timezone: "Europe/Berlin" });

    expect(await getSettings(testDb.db, alice)).toEqual(aliceBefore);
    expect(await getSettings(testDb.db, bob)).toMatchObject({ newCardsPerDay: 99, timezone: "Europe/Berlin" });
    expect((await getUserProfile(testDb.db, alice))?.timezone).toBe("UTC");
  });

  it("reads profiles by the session's id only", async () => {
    expect((await getUserProfile(testDb.db, alice))?.email).toBe("alice@example.com");
    expect(await getUserProfile(testDb.db, "not-a-user")).toBeNull();
  });

  it("refuses to update settings of a user that does not exist", async () => {
    const settings = await getSettings(testDb.db, alice);
    await expect(updateSettings(testDb.db, "not-a-user", settings)).rejects.toThrow(/not found/i);
    expect(await testDb.db.userSettings.count()).toBe(2);
  });
});
