import { Prisma } from "../generated/prisma/client";
import type { Queryable } from "../db";
import type { MasteryCard } from "../../domain/mastery/mastery-inputs";
import type { CardStateValue } from "../../domain/scheduling/memory-state";
import { reviewKinds } from "../../domain/review/review-kinds";

type MasteryCardRow = Omit<MasteryCard, "state" | "isSuspended" | "lastReview" | "due"> & {
  state: number;
  isSuspended: boolean | number;
  lastReview: Date | string | null;
  due: Date | string;
};

/**
 * The cards mastery is measured over: every live card of the kinds the learner's daily review
 * holds (all of them, seen or not, so an unstarted topic reads 0), plus any other card they have
 * graded, e.g. through a quiz. One joined query: the concept id lives on Card, the state here.
 */
export async function listMasteryCards(db: Queryable, userId: string, includeQuizOnlyKinds: boolean): Promise<MasteryCard[]> {
  const rows = await db.$queryRaw<MasteryCardRow[]>`
    SELECT s."cardId" AS "cardId", c."conceptId" AS "conceptId", s."cardTopic" AS "topic", s."state" AS "state",
      s."stability" AS "stability", s."lastReview" AS "lastReview", s."due" AS "due", s."lapses" AS "lapses",
      s."isSuspended" AS "isSuspended"
    FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
    WHERE s."userId" = ${userId} AND s."isCardRetired" = FALSE
      AND (s."cardKind" IN (${Prisma.join(reviewKinds(includeQuizOnlyKinds))}) OR s."lastReview" IS NOT NULL)`;
  return rows.map((row) => ({
    ...row,
    state: row.state as CardStateValue,
    isSuspended: Boolean(row.isSuspended),
    lastReview: row.lastReview === null ? null : new Date(row.lastReview),
    due: new Date(row.due),
  }));
}
