import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeReview } from "@/lib/data/review/grade-review";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { createTestDb } from "../../support/test-db";
import { omit } from "../../support/omit";
import { createLearner, reviewId, seedSmallKnowledgeBase } from "../../support/review-fixtures";

const NOW = new Date("2026-11-25T10:00:00Z");
const topic = "supervised" as const;

describe("gradeReview", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  beforeAll(() => seedSmallKnowledgeBase(db));
  afterAll(() => testDb.close());

  it("writes the new state and a complete log in one go, computed on the server", async () => {
    const userId = await createLearner(db);
    const session = await getReviewSession(db, userId, { topic, now: NOW });
    const card = session.card!;
    expect(card).toMatchObject({ cardId: "supervised-alpha-method:basic:0", version: 0, state: 0 });
    // 4 concepts x basic, reverse and cloze.
    expect(session.counts).toEqual({ new: 12, learning: 0, review: 0 });

    const id = reviewId();
    const result = await gradeReview(db, userId, { cardId: card.cardId, reviewId: id, rating: 3, version: 0, durationMs: 4200 }, NOW);
    expect(result).toMatchObject({ cardId: card.cardId, rating: 3, state: 1, version: 1, isReplay: false });
    expect(new Date(result.dueAt).getTime() - NOW.getTime()).toBe(10 * 60_000);

    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: card.cardId } } });
    expect(state).toMatchObject({ state: 1, learningSteps: 1, reps: 1, lapses: 0, version: 1, lastReview: NOW });
    const log = await db.reviewLog.findUniqueOrThrow({ where: { userId_reviewId: { userId, reviewId: id } } });
    expect(log).toMatchObject({
      rating: 3,
      state: 0,
      learningSteps: 0,
      durationMs: 4200,
      source: "review",
      reviewedAt: NOW,
      nextState: 1,
      deletedAt: null,
    });
  });

  it("applies a duplicate review id once and returns the same result", async () => {
    const userId = await createLearner(db);
    const input = { cardId: "supervised-beta-method:basic:0", reviewId: reviewId(), rating: 3, version: 0, durationMs: 1000 };
    const first = await gradeReview(db, userId, input, NOW);
    const again = await gradeReview(db, userId, input, new Date(NOW.getTime() + 500));
    expect(again).toEqual({ ...first, isReplay: true });
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    expect((await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: input.cardId } } })).version).toBe(1);
  });

  it("applies concurrent duplicates (a double click) once", async () => {
    const userId = await createLearner(db);
    const input = { cardId: "supervised-gamma-method:basic:0", reviewId: reviewId(), rating: 4, version: 0, durationMs: 800 };
    const results = await Promise.all([gradeReview(db, userId, input, NOW), gradeReview(db, userId, input, NOW)]);
    expect(results.map((result) => result.isReplay).sort()).toEqual([false, true]);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("applies the same grade sent several times at once once (to two app instances on PostgreSQL), on a card that has a state", async () => {
    const userId = await createLearner(db);
    // Several instances share a PostgreSQL database; a SQLite file has one app process (see the
    // same test for quiz answers).
    const other = testDb.provider === "postgresql" ? testDb.openAnother() : db;
    const { card } = await getReviewSession(db, userId, { topic, now: NOW });
    const input = { cardId: card!.cardId, reviewId: reviewId(), rating: 3, version: card!.version, durationMs: 700 };
    // On PostgreSQL these run truly at once: the losers' version check fails behind the winner's
    // row lock, and they must replay its result rather than report a conflict.
    const results = await Promise.all([db, other, db, other].map((client) => gradeReview(client, userId, input, NOW)));
    expect(results.map((result) => result.isReplay).sort()).toEqual([false, true, true, true]);
    expect(new Set(results.map((result) => JSON.stringify(omit(result, "isReplay")))).size).toBe(1);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    expect((await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: card!.cardId } } })).reps).toBe(1);
  });

  it("refuses a stale version (graded in another tab) with a conflict and writes nothing", async () => {
    const userId = await createLearner(db);
    const cardId = "supervised-delta-method:basic:0";
    await gradeReview(db, userId, { cardId, reviewId: reviewId(), rating: 3, version: 0, durationMs: 1 }, NOW);
    const stale = gradeReview(db, userId, { cardId, reviewId: reviewId(), rating: 1, version: 0, durationMs: 1 }, NOW);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("refuses an unknown or retired card with not-found and writes nothing", async () => {
    const userId = await createLearner(db);
    const unknown = gradeReview(db, userId, { cardId: "no-such-card:basic:0", reviewId: reviewId(), rating: 3, version: 0, durationMs: 1 }, NOW);
    await expect(unknown).rejects.toBeInstanceOf(NotFoundError);
    await db.card.update({ where: { id: "nlp-delta-method:cloze:0" }, data: { isRetired: true } });
    const retired = gradeReview(db, userId, { cardId: "nlp-delta-method:cloze:0", reviewId: reviewId(), rating: 3, version: 0, durationMs: 1 }, NOW);
    await expect(retired).rejects.toBeInstanceOf(NotFoundError);
    await db.card.update({ where: { id: "nlp-delta-method:cloze:0" }, data: { isRetired: false } });
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
  });

  it("keeps users apart: a grade, a replayed id or a version never touches another user's rows", async () => {
    const alice = await createLearner(db);
    const bob = await createLearner(db);
    const cardId = "nlp-alpha-method:basic:0";
    const sharedId = reviewId();
    await gradeReview(db, alice, { cardId, reviewId: sharedId, rating: 3, version: 0, durationMs: 1 }, NOW);
    const aliceState = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId } } });

    // Bob reuses Alice's review id and her version: it is his own, first grade of his own state.
    await expect(gradeReview(db, bob, { cardId, reviewId: sharedId, rating: 1, version: 1, durationMs: 1 }, NOW)).rejects.toBeInstanceOf(ConflictError);
    const bobResult = await gradeReview(db, bob, { cardId, reviewId: sharedId, rating: 1, version: 0, durationMs: 1 }, NOW);
    expect(bobResult.isReplay).toBe(false);
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId } } })).toEqual(aliceState);
    expect(await db.reviewLog.count({ where: { userId: alice } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: bob } })).toBe(1);
  });

  it("buries a concept's sibling cards until the next study day", async () => {
    const userId = await createLearner(db);
    await gradeReview(db, userId, { cardId: "supervised-alpha-method:basic:0", reviewId: reviewId(), rating: 3, version: 0, durationMs: 1 }, NOW);
    const siblings = await db.cardState.findMany({ where: { userId, cardId: { in: ["supervised-alpha-method:reverse:0", "supervised-alpha-method:cloze:0"] } } });
    expect(siblings).toHaveLength(2);
    for (const sibling of siblings) expect(sibling.buriedUntil?.toISOString()).toBe("2026-11-26T04:00:00.000Z");

    const later = await getReviewSession(db, userId, { topic, now: new Date(NOW.getTime() + 60_000) });
    expect(later.card?.cardId).toBe("supervised-beta-method:basic:0");
    // One introduced, its two siblings buried: 9 of 12 left today.
    expect(later.counts.new).toBe(9);
    const tomorrow = await getReviewSession(db, userId, { topic, now: new Date("2026-11-26T05:00:00Z") });
    expect(tomorrow.counts.learning).toBe(1);
    expect(tomorrow.counts.new).toBe(11);
  });

  it("suspends a card as a leech when it lapses as often as the threshold says", async () => {
    const userId = await createLearner(db);
    await db.userSettings.update({ where: { userId }, data: { leechThreshold: 2 } });
    const cardId = "nlp-beta-method:basic:0";
    let now = NOW;
    let version = 0;
    const gradeAt = async (rating: number) => {
      const result = await gradeReview(db, userId, { cardId, reviewId: reviewId(), rating, version, durationMs: 1 }, now);
      version = result.version;
      now = new Date(result.dueAt);
      return result;
    };
    await gradeAt(4); // straight to review
    await gradeAt(1); // lapse 1
    await gradeAt(4); // relearned
    const secondLapse = await gradeAt(1); // lapse 2: leech
    expect(secondLapse.isLeech).toBe(true);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
    expect(state).toMatchObject({ lapses: 2, isLeech: true, isSuspended: true });
    await expect(gradeReview(db, userId, { cardId, reviewId: reviewId(), rating: 3, version, durationMs: 1 }, now)).rejects.toBeInstanceOf(ConflictError);
  });
});
