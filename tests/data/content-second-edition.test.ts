import { afterAll, describe, expect, it } from "vitest";
import { syncContentItems } from "@/lib/data/content-sync";
import { gradeReview } from "@/lib/data/review/grade-review";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { generateItems } from "@/lib/domain/content/generate-items";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { firstEditionItems } from "../support/first-edition";
import { createLearner, reviewId } from "../support/review-fixtures";
import { createTestDb } from "../support/test-db";

// A database that learners reviewed with the first edition, then synced to the edition in
// content/: every first-edition id must still be there and active, and no learner loses a state
// or a log.
describe("content sync from the first edition to the current one", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  afterAll(() => testDb.close());
  const first = firstEditionItems();
  const current = generateItems(loadKnowledgeBase().knowledgeBase);
  const NOW = new Date("2026-11-20T09:00:00Z");

  it("keeps every first-edition id and the history reviewed on it", async () => {
    expect(await syncContentItems(db, first)).toMatchObject({ added: first.length });
    const learners = [await createLearner(db), await createLearner(db)];
    // Review with the first edition through the real review path: each learner grades the first
    // cards of their queue, in two topics, on two days.
    for (const [index, userId] of learners.entries()) {
      for (const [day, topic] of (["evaluation", "deep-learning"] as const).entries()) {
        const now = new Date(NOW.getTime() + day * 86_400_000);
        for (let graded = 0; graded < 6; graded++) {
          const { card } = await getReviewSession(db, userId, { topic, now });
          if (!card) break;
          await gradeReview(db, userId, { cardId: card.cardId, reviewId: reviewId(), rating: ((graded + index) % 4) + 1, version: card.version, durationMs: 3000 }, now);
        }
      }
    }
    const snapshot = async () => ({
      states: await db.cardState.findMany({
        where: { reps: { gt: 0 } },
        orderBy: [{ userId: "asc" }, { cardId: "asc" }],
        select: { userId: true, cardId: true, due: true, stability: true, difficulty: true, reps: true, lapses: true, state: true, lastReview: true, version: true },
      }),
      logs: await db.reviewLog.findMany({ orderBy: { id: "asc" } }),
    });
    const before = await snapshot();
    expect(before.logs.length).toBeGreaterThanOrEqual(20);

    const counts = await syncContentItems(db, current);
    expect(counts.retired).toBe(0);
    expect(counts.added).toBe(current.length - first.length);

    const cards = new Map((await db.card.findMany({ select: { id: true, isRetired: true, conceptId: true, kind: true } })).map((card) => [card.id, card]));
    const lost = first.filter((item) => !cards.get(item.id) || cards.get(item.id)!.isRetired);
    expect(lost.map((item) => item.id)).toEqual([]);
    for (const item of first) expect(cards.get(item.id)).toMatchObject({ conceptId: item.conceptId, kind: item.kind });
    expect(await snapshot()).toEqual(before);

    // And the review goes on from where it was, on the new edition.
    const later = new Date(NOW.getTime() + 30 * 86_400_000);
    const session = await getReviewSession(db, learners[0], { topic: "evaluation", now: later });
    expect(session.counts.review + session.counts.learning).toBeGreaterThan(0);
    expect(session.card).not.toBeNull();
  });
});
