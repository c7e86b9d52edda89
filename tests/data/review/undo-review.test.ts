import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeReview } from "@/lib/data/review/grade-review";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { createTestDb } from "../../support/test-db";
import { createLearner, reviewId, seedSmallKnowledgeBase } from "../../support/review-fixtures";

const NOW = new Date("2026-11-25T10:00:00Z");
const memoryColumns = {
  due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true,
  reps: true, lapses: true, state: true, lastReview: true, isSuspended: true, isLeech: true, buriedUntil: true,
} as const;

describe("undoLastReview", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  beforeAll(() => seedSmallKnowledgeBase(db));
  afterAll(() => testDb.close());

  it("restores a review card exactly, lifts the sibling burials and soft-deletes the log", async () => {
    const userId = await createLearner(db);
    const cardId = "supervised-alpha-method:basic:0";
    const first = await gradeReview(db, userId, { cardId, reviewId: reviewId(), rating: 4, version: 0, durationMs: 1 }, NOW);
    // Next day, the card is a review card; its siblings were buried yesterday and are free again.
    const reviewTime = new Date(new Date(first.dueAt).getTime() + 3_600_000);
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } }, select: memoryColumns });
    const siblingsBefore = await db.cardState.findMany({ where: { userId, cardId: { not: cardId } }, select: { cardId: true, buriedUntil: true }, orderBy: { cardId: "asc" } });

    const lapse = await gradeReview(db, userId, { cardId, reviewId: reviewId(), rating: 1, version: first.version, durationMs: 1 }, reviewTime);
    expect((await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } })).lapses).toBe(1);

    const undone = await undoLastReview(db, userId, reviewTime);
    expect(undone).toMatchObject({ cardId, reviewId: lapse.reviewId, version: lapse.version + 1 });
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } }, select: memoryColumns })).toEqual(before);
    const siblingsAfter = await db.cardState.findMany({ where: { userId, cardId: { not: cardId } }, select: { cardId: true, buriedUntil: true }, orderBy: { cardId: "asc" } });
    expect(siblingsAfter.map((s) => s.cardId)).toEqual(siblingsBefore.map((s) => s.cardId));
    const log = await db.reviewLog.findUniqueOrThrow({ where: { userId_reviewId: { userId, reviewId: lapse.reviewId } } });
    expect(log.deletedAt).toEqual(reviewTime);
  });

  it("returns a newly introduced card to new, un-counts it and shows the same card again", async () => {
    const userId = await createLearner(db);
    const session = await getReviewSession(db, userId, { topic: "nlp", now: NOW });
    const cardId = session.card!.cardId;
    const graded = await gradeReview(db, userId, { cardId, reviewId: reviewId(), rating: 3, version: 0, durationMs: 1 }, NOW);
    await undoLastReview(db, userId, NOW);

    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
    expect(state).toMatchObject({ state: 0, reps: 0, learningSteps: 0, lastReview: null, version: graded.version + 1 });
    const siblings = await db.cardState.findMany({ where: { userId, cardId: { not: cardId } } });
    expect(siblings.every((sibling) => sibling.buriedUntil === null)).toBe(true);

    const after = await getReviewSession(db, userId, { topic: "nlp", now: NOW, focusCardId: cardId });
    expect(after.card).toMatchObject({ cardId, state: 0, version: graded.version + 1 });
    expect(after.counts).toEqual(session.counts);
    expect(after.gradedToday).toBe(0);
  });

  it("refuses to replay an undone review id, and has nothing to undo for a user with no reviews", async () => {
    const userId = await createLearner(db);
    const input = { cardId: "nlp-gamma-method:basic:0", reviewId: reviewId(), rating: 3, version: 0, durationMs: 1 };
    await gradeReview(db, userId, input, NOW);
    await undoLastReview(db, userId, NOW);
    await expect(gradeReview(db, userId, input, NOW)).rejects.toBeInstanceOf(ConflictError);
    await expect(undoLastReview(db, await createLearner(db), NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("undoes only the signed-in user's own last review", async () => {
    const alice = await createLearner(db);
    const bob = await createLearner(db);
    await gradeReview(db, alice, { cardId: "nlp-delta-method:basic:0", reviewId: reviewId(), rating: 3, version: 0, durationMs: 1 }, NOW);
    await expect(undoLastReview(db, bob, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.reviewLog.count({ where: { userId: alice, deletedAt: null } })).toBe(1);
  });
});
