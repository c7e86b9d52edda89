import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamAccountJson } from "@/lib/data/export/stream-account-json";
import { createUser } from "@/lib/data/users";
import { collectText, countingDb, seedReviewLogs, seedStudiedAccount } from "../../support/export-fixtures";
import { createLearner, seedSmallKnowledgeBase } from "../../support/review-fixtures";
import { createTestDb } from "../../support/test-db";

const NOW = new Date("2026-11-30T12:00:00Z");

describe("account JSON export", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  beforeAll(() => seedSmallKnowledgeBase(db));
  afterAll(() => testDb.close());

  it("holds the user's settings and rows, and no email, password hash or other user's data", async () => {
    const owner = await createUser(db, { email: "owner@example.com", name: "Owner", passwordHash: "$argon2id$v=19$secret-hash", timezone: "UTC" });
    const other = await createUser(db, { email: "other@example.com", name: "Other", passwordHash: "$argon2id$v=19$other-hash", timezone: "UTC" });
    await seedStudiedAccount(db, owner.id);
    await seedStudiedAccount(db, other.id);

    const text = await collectText(streamAccountJson(db, owner.id, { now: NOW }));
    for (const secret of ["secret-hash", "other-hash", "owner@example.com", "other@example.com", "passwordHash", owner.id, other.id]) {
      expect(text).not.toContain(secret);
    }
    const document = JSON.parse(text);
    expect(Object.keys(document)).toEqual(["format", "version", "exportedAt", "settings", "cardStates", "reviewLogs", "quizzes"]);
    expect(document).toMatchObject({ format: "recall-ml-export", version: 1, exportedAt: NOW.toISOString() });
    expect(document.settings).toMatchObject({ name: "Owner", timezone: "Europe/Berlin", dayStartHour: 5, desiredRetention: 0.87, learningSteps: "2m 15m", isQuizFeedingScheduler: false });
    expect(Object.keys(document.settings).sort()).toEqual(
      [
        "name", "timezone", "dayStartHour", "desiredRetention", "newCardsPerDay", "reviewsPerDay", "learningSteps", "relearningSteps",
        "maximumIntervalDays", "isFuzzEnabled", "leechThreshold", "includeQuizOnlyKinds", "isQuizFeedingScheduler", "updatedAt",
        "fsrsWeights", "fsrsWeightsFittedAt", "fsrsWeightsReviewCount",
      ].sort(),
    );
    expect(document.settings.fsrsWeights).toHaveLength(21);
    expect(document.settings.fsrsWeightsReviewCount).toBe(1234);
    expect(document.cardStates).toHaveLength(await db.cardState.count({ where: { userId: owner.id } }));
    expect(document.reviewLogs).toHaveLength(await db.reviewLog.count({ where: { userId: owner.id } }));
    // Undone logs travel too (undo history is part of the account); the CSV is what leaves them out.
    expect(document.reviewLogs.filter((log: { deletedAt: string | null }) => log.deletedAt !== null)).toHaveLength(1);
    expect(document.quizzes.map((quiz: { questions: unknown[] }) => quiz.questions.length)).toEqual([3, 1]);
    expect(document.quizzes[1].retryOfQuizId).toBe(document.quizzes[0].id);
  });

  it("writes each table in batches, one chunk per batch, as valid JSON also when a table is empty", async () => {
    const userId = await createLearner(db);
    await seedReviewLogs(db, userId, 25, { cardId: "nlp-delta-method:basic:0", start: NOW });
    const counting = countingDb(db);
    const chunks: string[] = [];
    for await (const chunk of streamAccountJson(counting.db, userId, { now: NOW, batchSize: 10 })) chunks.push(chunk);
    expect(counting.takes.reviewLog).toEqual([10, 10, 10]);
    expect(counting.takes.cardState).toEqual([10]);
    const document = JSON.parse(chunks.join(""));
    expect(document.reviewLogs).toHaveLength(25);
    expect(document.cardStates).toEqual([]);
    expect(document.quizzes).toEqual([]);
  });
});
