import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncContentItems } from "@/lib/data/content-sync";
import { CARD_HISTORY_LIMIT, getConceptCards } from "@/lib/data/library/get-concept-cards";
import { applyGrade } from "@/lib/data/review/apply-grade";
import { gradeReview } from "@/lib/data/review/grade-review";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { compileKnowledgeBase } from "@/lib/domain/content/compile-knowledge-base";
import { generateItems } from "@/lib/domain/content/generate-items";
import type { Db } from "@/lib/data/db";
import { createTestDb } from "../../support/test-db";
import { topicFile, validConcepts } from "../../support/content-fixtures";
import { createLearner, reviewId } from "../../support/review-fixtures";

const NOW = new Date("2026-11-25T10:00:00Z");
const HOUR = 3_600_000;
const ALPHA = "supervised-alpha-method";
const BETA = "supervised-beta-method";
const COMPARE = `${ALPHA}:compare:${BETA}`;

/** The small fixture topic, with beta contrasted to alpha so the pair has a compare card. */
async function seedWithCompare(db: Db): Promise<void> {
  const concepts = validConcepts("supervised").map((concept) =>
    concept.id === BETA
      ? { ...concept, contrast: [{ id: ALPHA, difference: "supervised alpha method fits one model, while supervised beta method fits many." }] }
      : concept,
  );
  const { knowledgeBase, problems } = compileKnowledgeBase([topicFile("supervised", concepts)]);
  if (problems.length > 0) throw new Error(`fixture content has problems: ${JSON.stringify(problems)}`);
  await syncContentItems(db, generateItems(knowledgeBase));
}

// Burying a card's siblings bumps their versions, so each grade reads the version it applies to.
async function versionOf(db: Db, userId: string, cardId: string): Promise<number> {
  return (await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { version: true } }))?.version ?? 0;
}

async function grade(db: Db, userId: string, cardId: string, rating: 1 | 2 | 3 | 4, at: Date) {
  return gradeReview(db, userId, { cardId, reviewId: reviewId(), rating, version: await versionOf(db, userId, cardId), durationMs: 1 }, at);
}

async function gradeInQuiz(db: Db, userId: string, cardId: string, rating: 1 | 2 | 3 | 4, at: Date) {
  const input = { cardId, reviewId: reviewId(), rating, version: await versionOf(db, userId, cardId), durationMs: 1 };
  return db.$transaction(async (tx) => (await applyGrade(tx, userId, input, at, "quiz")).result);
}

const cardOf = async (db: Db, userId: string, conceptId: string, cardId: string, now = NOW) => {
  const card = (await getConceptCards(db, userId, conceptId, now)).find((candidate) => candidate.cardId === cardId);
  if (!card) throw new Error(`${cardId} is not listed for ${conceptId}`);
  return card;
};

describe("getConceptCards", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  beforeAll(() => seedWithCompare(db));
  afterAll(() => testDb.close());

  it("lists every kind of the concept's cards, and a compare card on both sides' pages, as not studied", async () => {
    const userId = await createLearner(db);
    const alpha = await getConceptCards(db, userId, ALPHA, NOW);
    const beta = await getConceptCards(db, userId, BETA, NOW);

    // The fixture concepts name no family and no metric, so they have no which-family or metric card.
    expect(new Set(beta.map((card) => card.kind))).toEqual(new Set(["basic", "reverse", "cloze", "mcq", "true-false", "open", "compare"]));
    expect(beta.every((card) => card.cardId.startsWith(`${BETA}:`) || card.cardId === COMPARE)).toBe(true);
    expect(alpha.map((card) => card.cardId)).toContain(COMPARE);
    expect(beta.find((card) => card.cardId === COMPARE)?.prompt).toBe("What is the difference between supervised alpha method and supervised beta method?");
    for (const card of beta) {
      expect(card).toMatchObject({ progress: null, history: [], historyCount: 0, isSuspended: false, isLeech: false });
    }
    expect(await getConceptCards(db, userId, "no-such-concept", NOW)).toEqual([]);
  });

  it("shows this learner's state and grades only, never another learner's", async () => {
    const alice = await createLearner(db);
    const bob = await createLearner(db);
    const cardId = `${BETA}:basic:0`;
    const graded = await grade(db, alice, cardId, 4, NOW);
    await grade(db, bob, cardId, 1, NOW);
    await grade(db, bob, `${BETA}:reverse:0`, 3, NOW);

    const mine = await cardOf(db, alice, BETA, cardId, new Date(NOW.getTime() + 24 * HOUR));
    expect(mine.history).toEqual([{ reviewedAt: NOW, rating: 4, source: "review", scheduledDueAt: new Date(graded.dueAt) }]);
    expect(mine.progress).toMatchObject({ state: 2, dueAt: new Date(graded.dueAt), lastReviewAt: NOW, reps: 1, lapses: 0 });
    expect(mine.progress!.stability).toBeGreaterThan(1);
    expect(mine.progress!.difficulty).toBeGreaterThanOrEqual(1);
    // A day after an Easy first review, recall is likely but no longer certain.
    expect(mine.progress!.retrievability).toBeGreaterThan(0.8);
    expect(mine.progress!.retrievability).toBeLessThan(1);
    // Bob's grade of Alice's other card is not hers.
    expect(await cardOf(db, alice, BETA, `${BETA}:reverse:0`)).toMatchObject({ progress: null, historyCount: 0 });

    const his = await cardOf(db, bob, BETA, cardId);
    expect(his.history.map((entry) => entry.rating)).toEqual([1]);
    expect(his.progress).toMatchObject({ state: 1 });
  });

  it("labels quiz and review grades by source, newest first", async () => {
    const userId = await createLearner(db);
    const cardId = COMPARE;
    await grade(db, userId, cardId, 3, NOW);
    const second = await gradeInQuiz(db, userId, cardId, 2, new Date(NOW.getTime() + HOUR));
    await grade(db, userId, cardId, 3, new Date(NOW.getTime() + 2 * HOUR));

    const card = await cardOf(db, userId, ALPHA, cardId);
    expect(card.history.map(({ source, rating }) => ({ source, rating }))).toEqual([
      { source: "review", rating: 3 },
      { source: "quiz", rating: 2 },
      { source: "review", rating: 3 },
    ]);
    expect(card.history[1].scheduledDueAt).toEqual(new Date(second.dueAt));
    // The same card, seen from the other concept of the pair.
    expect((await cardOf(db, userId, BETA, cardId)).historyCount).toBe(3);
  });

  it("leaves out undone grades, and shows a card whose only grade was undone as not studied", async () => {
    const userId = await createLearner(db);
    const cardId = `${ALPHA}:cloze:0`;
    await grade(db, userId, cardId, 3, NOW);
    await grade(db, userId, cardId, 1, new Date(NOW.getTime() + HOUR));
    await undoLastReview(db, userId, new Date(NOW.getTime() + HOUR));
    const card = await cardOf(db, userId, ALPHA, cardId);
    expect(card.history.map((entry) => entry.rating)).toEqual([3]);
    expect(card.historyCount).toBe(1);

    const other = `${ALPHA}:reverse:0`;
    await grade(db, userId, other, 3, NOW);
    await undoLastReview(db, userId, NOW);
    expect(await cardOf(db, userId, ALPHA, other)).toMatchObject({ progress: null, history: [], historyCount: 0 });
  });

  it(`returns the latest ${CARD_HISTORY_LIMIT} grades of a card and counts the rest`, async () => {
    const userId = await createLearner(db);
    const cardId = `${ALPHA}:mcq:0`;
    const total = CARD_HISTORY_LIMIT + 3;
    for (let index = 0; index < total; index++) {
      await grade(db, userId, cardId, index % 2 === 0 ? 3 : 1, new Date(NOW.getTime() + index * HOUR));
    }
    const card = await cardOf(db, userId, ALPHA, cardId);
    expect(card.historyCount).toBe(total);
    expect(card.history).toHaveLength(CARD_HISTORY_LIMIT);
    expect(card.history[0].reviewedAt).toEqual(new Date(NOW.getTime() + (total - 1) * HOUR));
    expect(card.history.at(-1)!.reviewedAt).toEqual(new Date(NOW.getTime() + 3 * HOUR));
  });
});
