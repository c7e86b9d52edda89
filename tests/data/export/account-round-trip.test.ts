import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/data/db";
import { streamAccountJson } from "@/lib/data/export/stream-account-json";
import { importAccount } from "@/lib/data/import/import-account";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { gradeReview } from "@/lib/data/review/grade-review";
import { collectText, seedStudiedAccount } from "../../support/export-fixtures";
import { omit } from "../../support/omit";
import { createLearner, reviewId, seedSmallKnowledgeBase } from "../../support/review-fixtures";
import { createTestDb, type TestDb } from "../../support/test-db";
import { comparableExport } from "../../support/comparable-export";

const NOW = new Date("2026-12-01T08:00:00Z");

const exportOf = async (db: Db, userId: string) => JSON.parse(await collectText(streamAccountJson(db, userId, { now: NOW, batchSize: 4 })));

/** Every stored row of a user, every column but the user id (row ids too unless `withIds`). */
async function rowsOf(db: Db, userId: string, withIds: boolean) {
  const ids = <T extends { id: string }>(row: T) => (withIds ? row : omit(row, "id"));
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, timezone: true, dayStartHour: true } });
  const settings = omit(await db.userSettings.findUniqueOrThrow({ where: { userId } }), "userId");
  // CardState ids are derived from the user id, so they always differ.
  const cardStates = (await db.cardState.findMany({ where: { userId }, orderBy: { cardId: "asc" } })).map((row) => omit(row, "id", "userId"));
  const reviewLogs = (await db.reviewLog.findMany({ where: { userId }, orderBy: { reviewId: "asc" } })).map((row) => ids(omit(row, "userId")));
  const quizzes = await db.quiz.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, include: { questions: { orderBy: { position: "asc" } } } });
  const quizIndex = new Map(quizzes.map((quiz, index) => [quiz.id, index]));
  const quizRows = quizzes.map((quiz) => ({
    ...ids(omit(quiz, "userId", "retryOfQuizId", "questions")),
    retryOf: quiz.retryOfQuizId === null ? null : quizIndex.get(quiz.retryOfQuizId),
    questions: quiz.questions.map((question) => ids(omit(question, "quizId"))),
  }));
  return { user, settings, cardStates, reviewLogs, quizzes: quizRows };
}


type ExportDocument = {
  exportedAt: string;
  cardStates: unknown[];
  reviewLogs: { id: string }[];
  quizzes: { id: string; retryOfQuizId: string | null; questions: { id: string }[] }[];
};

describe("account export, import and export again", () => {
  let server: TestDb;
  let otherServer: TestDb;
  let source = "";
  let original: ExportDocument;
  beforeAll(async () => {
    server = createTestDb();
    otherServer = createTestDb();
    await seedSmallKnowledgeBase(server.db);
    await seedSmallKnowledgeBase(otherServer.db);
    source = await createLearner(server.db);
    await seedStudiedAccount(server.db, source);
    original = await exportOf(server.db, source);
  });
  afterAll(async () => {
    await server?.close();
    await otherServer?.close();
  });

  it("copies an account on the same server: every row and field equal, ids that were taken replaced", async () => {
    const copy = await createLearner(server.db);
    // A new account that opened the review page already has untouched New rows; they are replaced.
    await getReviewSession(server.db, copy, { topic: null, now: NOW });
    const counts = await importAccount(server.db, copy, original);
    const sourceRows = await rowsOf(server.db, source, false);
    expect(counts).toEqual({
      cardStates: sourceRows.cardStates.length,
      reviewLogs: sourceRows.reviewLogs.length,
      quizzes: 2,
      quizQuestions: 4,
    });
    expect(sourceRows.reviewLogs.some((log) => log.deletedAt !== null)).toBe(true);
    expect(sourceRows.cardStates.some((state) => state.isSuspended)).toBe(true);
    expect(await rowsOf(server.db, copy, false)).toEqual(sourceRows);

    const again = await exportOf(server.db, copy);
    expect(comparableExport(again)).toEqual(comparableExport(original));
    // The ids were in use (by the source account), so the copy got its own.
    expect(again.reviewLogs[0].id).not.toBe(original.reviewLogs[0].id);
  });

  it("moves an account to another server: ids kept, the second export equal to the first but for exportedAt", async () => {
    const moved = await createLearner(otherServer.db);
    await importAccount(otherServer.db, moved, original);
    const again = await exportOf(otherServer.db, moved);
    expect({ ...again, exportedAt: null }).toEqual({ ...original, exportedAt: null });
    expect(await rowsOf(otherServer.db, moved, true)).toEqual(await rowsOf(server.db, source, true));
  });

  it("gives the imported account the dashboard's day counts the source account's grades kept", async () => {
    const moved = await createLearner(otherServer.db);
    await importAccount(otherServer.db, moved, original);
    const dayCounts = async (db: Db, userId: string) =>
      (await db.reviewDayCount.findMany({ where: { userId, count: { gt: 0 } }, orderBy: [{ studyDate: "asc" }, { topic: "asc" }, { rating: "asc" }, { isRetentionReview: "asc" }] })).map(
        (row) => omit(row, "id", "userId"),
      );
    const kept = await dayCounts(server.db, source);
    expect(kept.length).toBeGreaterThan(0);
    expect(await dayCounts(otherServer.db, moved)).toEqual(kept);
  });

  it("leaves an imported account working: the next grade writes on top of the imported state", async () => {
    const learner = await createLearner(otherServer.db);
    await importAccount(otherServer.db, learner, original);
    const session = await getReviewSession(otherServer.db, learner, { topic: null, now: NOW });
    expect(session.card).not.toBeNull();
    const card = session.card!;
    await gradeReview(otherServer.db, learner, { cardId: card.cardId, reviewId: reviewId(), rating: 3, version: card.version, durationMs: 10 }, NOW);
    // Cards the file lacked get their New rows back on the next session.
    expect(await otherServer.db.cardState.count({ where: { userId: learner } })).toBeGreaterThanOrEqual(original.cardStates.length);
  });
});
