import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/data/db";
import { streamAccountJson } from "@/lib/data/export/stream-account-json";
import { importAccount } from "@/lib/data/import/import-account";
import { getSettings } from "@/lib/data/settings";
import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/server/api-errors";
import { readJsonFile } from "@/lib/server/read-json-file";
import { collectText, seedStudiedAccount } from "../../support/export-fixtures";
import { omit } from "../../support/omit";
import { createLearner, seedSmallKnowledgeBase } from "../../support/review-fixtures";
import { createTestDb } from "../../support/test-db";

const NOW = new Date("2026-12-01T08:00:00Z");
type Document = Record<string, unknown> & { settings: Record<string, unknown>; reviewLogs: Record<string, unknown>[]; cardStates: Record<string, unknown>[]; quizzes: Record<string, unknown>[] };

/** What the route does with an uploaded file: read it (bounded), then import it. */
async function importFile(db: Db, userId: string, body: string, maxBytes = 1_000_000) {
  const request = new Request("http://test/api/import/account", { method: "POST", body, headers: { "content-type": "application/json" } });
  const document = await readJsonFile(request, maxBytes, "export file");
  return importAccount(db, userId, document);
}

async function snapshot(db: Db, userId: string) {
  return {
    settings: await getSettings(db, userId),
    user: await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, cardsMaterializedAt: true } }),
    cardStates: await db.cardState.count({ where: { userId } }),
    reviewLogs: await db.reviewLog.count({ where: { userId } }),
    quizzes: await db.quiz.count({ where: { userId } }),
    quizQuestions: await db.quizQuestion.count({ where: { quiz: { userId } } }),
  };
}

describe("import refusals: a clear error, and nothing written", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  let text = "";
  const valid = (): Document => JSON.parse(text);
  beforeAll(async () => {
    await seedSmallKnowledgeBase(db);
    const source = await createLearner(db);
    await seedStudiedAccount(db, source);
    text = await collectText(streamAccountJson(db, source, { now: NOW }));
  });
  afterAll(() => testDb.close());

  it("refuses an account that already has study history (409), leaving it as it was", async () => {
    const busy = await createLearner(db);
    await seedStudiedAccount(db, busy);
    const before = await snapshot(db, busy);
    const failure = importFile(db, busy, text);
    await expect(failure).rejects.toBeInstanceOf(ConflictError);
    await expect(failure).rejects.toThrow(/already has reviews, quizzes or card changes/);
    expect(await snapshot(db, busy)).toEqual(before);
  });

  it("refuses an account whose only history is a suspended card", async () => {
    const userId = await createLearner(db);
    await db.cardState.create({ data: { userId, cardId: "nlp-alpha-method:basic:0", due: NOW, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, isSuspended: true, version: 1 } });
    await expect(importFile(db, userId, text)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.cardState.count({ where: { userId } })).toBe(1);
  });

  const badFiles: [string, () => string, RegExp, typeof BadRequestError | typeof InvalidInputError][] = [
    ["a CSV", () => "card_id,review_time,review_rating,review_state,review_duration\nx,1,3,0,10\n", /not valid JSON/, BadRequestError],
    ["a truncated export", () => text.slice(0, Math.floor(text.length * 0.7)), /not valid JSON/, BadRequestError],
    ["an empty file", () => "", /empty/, BadRequestError],
    ["binary garbage", () => "\u0000\u0001garbage\uFFFD{", /not valid JSON/, BadRequestError],
    ["another app's JSON", () => JSON.stringify({ version: 1, decks: [{ name: "Anki" }] }), /not a Recall ML export/, InvalidInputError],
    ["a JSON array", () => "[1,2,3]", /not a Recall ML export/, InvalidInputError],
    ["a newer version", () => JSON.stringify({ ...valid(), version: 2 }), /newer version of Recall ML \(format version 2\)/, InvalidInputError],
    ["an unknown card id", () => {
      const document = valid();
      document.reviewLogs[0].cardId = "astrology-horoscope:basic:0";
      return JSON.stringify(document);
    }, /1 card this server does not have \(for example "astrology-horoscope:basic:0"\)/, InvalidInputError],
    ["a rating of 5", () => {
      const document = valid();
      document.reviewLogs[1].rating = 5;
      return JSON.stringify(document);
    }, /reviewLogs\.1\.rating: Rating must be 1-4/, InvalidInputError],
    ["a text rating", () => {
      const document = valid();
      document.reviewLogs[0].rating = "good";
      return JSON.stringify(document);
    }, /Rating must be 1-4/, InvalidInputError],
    ["an impossible date", () => {
      const document = valid();
      document.cardStates[0].due = "2026-02-30T00:00:00.000Z";
      return JSON.stringify(document);
    }, /cardStates\.0\.due/, InvalidInputError],
    ["a malformed id", () => {
      const document = valid();
      document.reviewLogs[0].id = "'; DROP TABLE ReviewLog; --";
      return JSON.stringify(document);
    }, /reviewLogs\.0\.id/, InvalidInputError],
    ["a review id used twice", () => {
      const document = valid();
      document.reviewLogs[1].reviewId = document.reviewLogs[0].reviewId;
      return JSON.stringify(document);
    }, /appears twice/, InvalidInputError],
    ["an unknown field", () => {
      const document = valid();
      document.cardStates[0].userId = "someone-else";
      return JSON.stringify(document);
    }, /cardStates\.0/, InvalidInputError],
    ["FSRS weights that are not 21 numbers", () => {
      const document = valid();
      document.settings.fsrsWeights = [0.2, 1.2, "3"];
      return JSON.stringify(document);
    }, /settings\.fsrsWeights/, InvalidInputError],
    ["a missing table", () => {
      return JSON.stringify(omit(valid(), "quizzes"));
    }, /quizzes/, InvalidInputError],
  ];

  it.each(badFiles)("refuses %s", async (_label, file, message, errorType) => {
    const userId = await createLearner(db);
    const before = await snapshot(db, userId);
    const failure = importFile(db, userId, file());
    await expect(failure).rejects.toBeInstanceOf(errorType);
    await expect(failure).rejects.toThrow(message);
    expect(await snapshot(db, userId)).toEqual(before);
  });

  it("stops reading a file past the size limit", async () => {
    const userId = await createLearner(db);
    const failure = importFile(db, userId, text, 1000);
    await expect(failure).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(failure).rejects.toThrow(/larger than/);
    expect(await db.cardState.count({ where: { userId } })).toBe(0);
  });

  it("refuses a file sent without saying it is JSON (415), before reading it", async () => {
    const userId = await createLearner(db);
    const request = new Request("http://test/api/import/account", { method: "POST", body: text, headers: { "content-type": "text/plain" } });
    await expect(readJsonFile(request, 10_000_000, "export file")).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    expect(await db.cardState.count({ where: { userId } })).toBe(0);
  });

  it("lists at most 20 problems however many rows are bad", async () => {
    const document = valid();
    for (const log of document.reviewLogs) log.rating = 9;
    for (const state of document.cardStates) state.state = 7;
    const failure = await importFile(db, await createLearner(db), JSON.stringify(document)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidInputError);
    expect((failure as InvalidInputError).issues).toHaveLength(20);
    expect((failure as InvalidInputError).message).toMatch(/Nothing was imported/);
  });

  it("accepts the same file once the account is empty", async () => {
    const userId = await createLearner(db);
    await expect(importFile(db, userId, text)).resolves.toMatchObject({ quizzes: 2, quizQuestions: 4 });
    // A second import into the now-filled account is refused.
    await expect(importFile(db, userId, text)).rejects.toBeInstanceOf(ConflictError);
  });
});
