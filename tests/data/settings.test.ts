import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/data/users";
import { getSettings, updateSettings, updateSettingsSchema, type UpdateSettingsInput } from "@/lib/data/settings";
import { createTestDb } from "../support/test-db";

const valid: UpdateSettingsInput = {
  desiredRetention: 0.85,
  newCardsPerDay: 15,
  reviewsPerDay: 300,
  learningSteps: "1m 10m 1h",
  relearningSteps: "5m",
  maximumIntervalDays: 365,
  isFuzzEnabled: false,
  leechThreshold: 6,
  includeQuizOnlyKinds: true,
  isQuizFeedingScheduler: false,
  timezone: "America/Los_Angeles",
  dayStartHour: 5,
};

describe("settings", () => {
  const testDb = createTestDb();
  let userId = "";
  beforeAll(async () => {
    userId = (await createUser(testDb.db, { email: "s@example.com", name: "S", passwordHash: null, timezone: "UTC" })).id;
  });
  afterAll(() => testDb.close());

  it("persists a valid update, timezone and day start included", async () => {
    const parsed = updateSettingsSchema.parse({ ...valid, learningSteps: "  1m   10m 1h " });
    await updateSettings(testDb.db, userId, parsed);
    expect(await getSettings(testDb.db, userId)).toEqual(valid);
  });

  it.each([
    ["desiredRetention", 0.69],
    ["desiredRetention", 0.995],
    ["newCardsPerDay", -1],
    ["reviewsPerDay", 10000],
    ["newCardsPerDay", 2.5],
    ["learningSteps", "1 minute"],
    ["relearningSteps", "0m"],
    ["learningSteps", "2d"],
    ["timezone", "Mars/Olympus_Mons"],
    ["dayStartHour", 24],
    ["maximumIntervalDays", 0],
  ])("rejects %s = %j and leaves stored settings unchanged", async (field, value) => {
    const before = await getSettings(testDb.db, userId);
    const result = updateSettingsSchema.safeParse({ ...before, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
    expect(await getSettings(testDb.db, userId)).toEqual(before);
  });
});
