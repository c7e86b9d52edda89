import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/data/db";
import { buildRetentionPlan } from "@/lib/data/planning/build-retention-plan";
import { applyGrade } from "@/lib/data/review/apply-grade";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { getSettings, updateSettings } from "@/lib/data/settings";
import { DEFAULT_RATING_BEHAVIOUR, PRIOR_GRADES } from "@/lib/domain/planning";
import { DAILY_REVIEW_KINDS } from "@/lib/domain/review/review-kinds";
import type { ReviewRating } from "@/lib/domain/scheduling/scheduler";
import { createTestDb } from "../../support/test-db";
import { createLearner, reviewId, seedSmallKnowledgeBase } from "../../support/review-fixtures";

const START = new Date("2026-11-02T15:00:00Z");
const MINUTE = 60_000;

async function grade(db: Db, userId: string, cardId: string, rating: ReviewRating, now: Date, source: "review" | "quiz" = "review") {
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { version: true } });
  await db.$transaction((tx) => applyGrade(tx, userId, { cardId, reviewId: reviewId(), rating, version: state?.version ?? 0, durationMs: 1000 }, now, source));
}

describe("buildRetentionPlan", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  let reviewCardIds: string[];
  let learner: string;
  let other: string;

  beforeAll(async () => {
    await seedSmallKnowledgeBase(db);
    const cards = await db.card.findMany({ where: { isRetired: false, kind: { in: [...DAILY_REVIEW_KINDS] } }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    reviewCardIds = cards.map((card) => card.id);
    learner = await createLearner(db);
    other = await createLearner(db);
  });
  afterAll(() => testDb.close());

  it("plans a new learner's year from their unseen cards, with the default habits and settings", async () => {
    const { plan, startsOn } = await buildRetentionPlan(db, learner, START);
    expect(startsOn).toBe("2026-11-02");
    expect(plan.cardCount).toBe(reviewCardIds.length);
    expect(plan.unseenCardCount).toBe(reviewCardIds.length);
    expect(plan.conceptCount).toBe(8);
    expect(plan.retainedNow).toBe(0);
    expect(plan.behaviour).toEqual(DEFAULT_RATING_BEHAVIOUR);
    expect(plan.currentRetention).toBe(0.9);
    // Every card is introduced (20 a day), so every point has grades and retains something.
    for (const point of plan.points) {
      expect(point.totalReviews).toBeGreaterThan(reviewCardIds.length);
      expect(point.retainedAtEnd).toBeGreaterThan(0);
    }
    expect(plan.optimumRetention).not.toBeNull();
  });

  it("reads the learner's cards, settings and daily-review grades, and nobody else's", async () => {
    let now = START;
    for (const [index, cardId] of reviewCardIds.slice(0, 10).entries()) {
      now = new Date(START.getTime() + index * MINUTE);
      await grade(db, learner, cardId, index % 5 === 0 ? 1 : 3, now);
    }
    // Neither an undone grade nor a quiz answer describes how the learner grades their reviews.
    await grade(db, learner, reviewCardIds[10], 4, new Date(now.getTime() + MINUTE));
    await undoLastReview(db, learner, new Date(now.getTime() + 2 * MINUTE));
    await grade(db, learner, reviewCardIds[11], 4, new Date(now.getTime() + 3 * MINUTE), "quiz");
    await db.cardState.update({ where: { userId_cardId: { userId: learner, cardId: reviewCardIds[20] } }, data: { isSuspended: true } });
    const settings = await getSettings(db, learner);
    await updateSettings(db, learner, { ...settings, desiredRetention: 0.85, newCardsPerDay: 5 });
    // The other learner grades everything Easy and changes their settings: none of it is the learner's.
    for (const cardId of reviewCardIds.slice(0, 15)) await grade(db, other, cardId, 4, now);
    await updateSettings(db, other, { ...(await getSettings(db, other)), desiredRetention: 0.75 });

    const { plan } = await buildRetentionPlan(db, learner, new Date(now.getTime() + 10 * MINUTE));
    expect(plan.cardCount).toBe(reviewCardIds.length - 1);
    // Ten daily-review grades and the quiz's card: eleven seen.
    expect(plan.unseenCardCount).toBe(reviewCardIds.length - 1 - 11);
    expect(plan.behaviour.firstRatingSampleSize).toBe(10);
    // Eight Good of ten, pulled towards the defaults' 49.5%.
    expect(plan.behaviour.firstRating[2]).toBeCloseTo((8 + PRIOR_GRADES * DEFAULT_RATING_BEHAVIOUR.firstRating[2]) / (10 + PRIOR_GRADES), 12);
    expect(plan.currentRetention).toBe(0.85);
    expect(plan.points.some((point) => point.desiredRetention === 0.85)).toBe(true);
    expect(plan.retainedNow).toBeGreaterThan(0);
    // Five new cards a day: the first day holds at most five first grades and their steps.
    expect(plan.points[0].reviewsByDay[0]).toBeGreaterThan(0);

    const others = await buildRetentionPlan(db, other, new Date(now.getTime() + 10 * MINUTE));
    expect(others.plan.currentRetention).toBe(0.75);
    expect(others.plan.behaviour.firstRatingSampleSize).toBe(15);
    expect(others.plan.unseenCardCount).toBe(reviewCardIds.length - 15);
  });

  it("gives the same plan all day when nothing changes, and leaves the data as it was", async () => {
    const before = await db.cardState.findMany({ where: { userId: learner }, orderBy: { cardId: "asc" } });
    const morning = await buildRetentionPlan(db, learner, new Date("2026-11-02T18:00:00Z"));
    const evening = await buildRetentionPlan(db, learner, new Date("2026-11-02T23:00:00Z"));
    expect(evening).toEqual(morning);
    expect(await db.cardState.findMany({ where: { userId: learner }, orderBy: { cardId: "asc" } })).toEqual(before);
  });
});
