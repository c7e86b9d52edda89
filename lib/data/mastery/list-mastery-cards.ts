import { Prisma } from "../generated/prisma/client";
import type { RawQueryable } from "../direct-sql";
import type { MasteryCard } from "../../domain/mastery/mastery-inputs";
import type { CardStateValue } from "../../domain/scheduling/memory-state";
import { reviewKinds } from "../../domain/review/review-kinds";
import { conceptIdOfItem } from "../../domain/content/item-id";

type MasteryCardRow = Omit<MasteryCard, "conceptId" | "state" | "isSuspended" | "lastReview" | "due"> & {
  state: number;
  isSuspended: boolean | number;
  lastReviewMs: number | null;
  due: Date | string;
};

/**
 * The cards mastery is measured over: every live card of the kinds the learner's daily review
 * holds (all of them, seen or not, so an unstarted topic reads 0), plus any other card they have
 * graded, e.g. through a quiz. One query on CardState alone (it copies the card's kind and topic;
 * the concept is in the card id), not joined to Card: the join was half its cost at 10,000 cards.
 */
export async function listMasteryCards(db: RawQueryable, userId: string, includeQuizOnlyKinds: boolean): Promise<MasteryCard[]> {
  const rows = await db.$queryRaw<MasteryCardRow[]>`
    SELECT s."cardId" AS "cardId", s."cardTopic" AS "topic", s."state" AS "state",
      s."stability" AS "stability", s."lastReviewMs" AS "lastReviewMs", s."due" AS "due", s."lapses" AS "lapses",
      s."isSuspended" AS "isSuspended"
    FROM "CardState" s
    WHERE s."userId" = ${userId} AND s."isCardRetired" = FALSE
      AND (s."cardKind" IN (${Prisma.join(reviewKinds(includeQuizOnlyKinds))}) OR s."lastReview" IS NOT NULL)`;
  // One object literal per card, in one property order: the mastery functions loop over 10,000 of
  // these several times per view, and spread raw rows made V8 treat them as slow dictionaries.
  // lastReviewMs (kept with lastReview) turns into a Date without parsing text.
  return rows.map((row) => ({
    cardId: row.cardId,
    conceptId: conceptIdOfItem(row.cardId),
    topic: row.topic,
    state: row.state as CardStateValue,
    stability: Number(row.stability),
    lastReview: row.lastReviewMs === null ? null : new Date(Number(row.lastReviewMs)),
    due: new Date(row.due),
    lapses: Number(row.lapses),
    isSuspended: Boolean(row.isSuspended),
  }));
}
