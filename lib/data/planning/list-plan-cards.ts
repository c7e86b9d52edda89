import { Prisma } from "../generated/prisma/client";
import type { Queryable } from "../db";
import type { PlanCard } from "../../domain/planning";
import type { CardStateValue } from "../../domain/scheduling/memory-state";
import { reviewKinds } from "../../domain/review/review-kinds";
import { conceptIdOfItem } from "../../domain/content/item-id";

type PlanCardRow = {
  cardId: string;
  state: number | bigint;
  stability: number;
  difficulty: number;
  due: Date | string | number;
  lastReviewMs: number | null;
};

/**
 * The cards the daily review would show the learner: live cards of their review kinds, not
 * suspended, in the order new cards are introduced (unseen ones are introduced in this order).
 * Expects every card to have a state row (materializeCardStates). One query on CardState alone,
 * as the mastery page reads it: the card's kind and retirement are copied there, the concept is
 * in the card id.
 */
export async function listPlanCards(db: Queryable, userId: string, includeQuizOnlyKinds: boolean): Promise<PlanCard[]> {
  const rows = await db.$queryRaw<PlanCardRow[]>`
    SELECT s."cardId" AS "cardId", s."state" AS "state", s."stability" AS "stability", s."difficulty" AS "difficulty",
      s."due" AS "due", s."lastReviewMs" AS "lastReviewMs"
    FROM "CardState" s
    WHERE s."userId" = ${userId} AND s."isCardRetired" = FALSE AND s."isSuspended" = FALSE
      AND s."cardKind" IN (${Prisma.join(reviewKinds(includeQuizOnlyKinds))})
    ORDER BY s."newPosition", s."cardId"`;
  return rows.map((row) => ({
    conceptId: conceptIdOfItem(row.cardId),
    state: Number(row.state) as CardStateValue,
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    due: new Date(row.due),
    lastReview: row.lastReviewMs === null ? null : new Date(Number(row.lastReviewMs)),
  }));
}
