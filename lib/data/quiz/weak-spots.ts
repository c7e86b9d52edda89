import { Prisma } from "../generated/prisma/client";
import type { Queryable } from "../db";
import { createScheduler } from "../../domain/scheduling/scheduler";
import { weakestConcepts } from "../../domain/quiz/weak-spots";
import type { Topic } from "../../domain/content/schema";
import type { LearnerContext } from "../review/learner-context";

type StrengthRow = { conceptId: string; stability: number; lastReviewMs: number | null; lapses: number | bigint };

/**
 * The learner's weakest concepts in the topics, weakest first (see weakestConcepts): empty for a
 * learner who has reviewed nothing there. Reads one row per reviewed card.
 */
export async function listWeakConcepts(
  db: Queryable,
  userId: string,
  context: LearnerContext,
  topics: readonly Topic[],
  limit: number,
  now: Date,
): Promise<string[]> {
  const rows = await db.$queryRaw<StrengthRow[]>`
    SELECT c."conceptId" AS "conceptId", s."stability", s."lastReviewMs", s."lapses"
    FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
    WHERE s."userId" = ${userId} AND s."state" <> 0 AND s."isCardRetired" = FALSE AND s."cardTopic" IN (${Prisma.join(topics)})`;
  const scheduler = createScheduler(context.scheduler);
  const cards = rows.map((row) => ({
    conceptId: row.conceptId,
    lapses: Number(row.lapses),
    retrievability: row.lastReviewMs === null ? 0 : scheduler.retrievabilityOf(row.stability, new Date(Number(row.lastReviewMs)), now),
  }));
  return weakestConcepts(cards, limit);
}
