import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import { CardStateValue } from "../../domain/scheduling/memory-state";
import type { ReviewScope } from "./review-scope";
import type { QueueSlice } from "../../domain/review/queue";

// The per-review queue lookups, in raw SQL because each needs what the query builder cannot
// express cheaply: a count and the head in one statement (COUNT(*) OVER ()), ordering by an
// expression, and a count capped with LIMIT. The SQL is portable (SQLite and PostgreSQL): quoted
// identifiers, TRUE/FALSE literals, window functions, and dates passed as parameters.

// The scope is checked on the state row's copies of the card's kind, topic and retirement.
function cardScopeSql(scope: ReviewScope): Prisma.Sql {
  const topic = scope.topic ? Prisma.sql`AND s."cardTopic" = ${scope.topic}` : Prisma.empty;
  return Prisma.sql`s."isCardRetired" = FALSE AND s."cardKind" IN (${Prisma.join(scope.kinds)}) ${topic}`;
}

function activeStateSql(userId: string, now: Date): Prisma.Sql {
  return Prisma.sql`s."userId" = ${userId} AND s."isSuspended" = FALSE AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${now})`;
}

type HeadRow = { cardId: string; total: bigint | number };

function toSlice(rows: HeadRow[]): QueueSlice {
  return { headCardId: rows[0]?.cardId ?? null, count: Number(rows[0]?.total ?? 0) };
}

/** Learning and relearning cards due now, earliest first. */
export async function dueLearning(db: Db, userId: string, scope: ReviewScope, now: Date): Promise<QueueSlice> {
  const rows = await db.$queryRaw<HeadRow[]>`
    SELECT s."cardId" AS "cardId", COUNT(*) OVER () AS total
    FROM "CardState" s
    WHERE ${activeStateSql(userId, now)} AND s."state" IN (${CardStateValue.Learning}, ${CardStateValue.Relearning})
      AND s."due" <= ${now} AND ${cardScopeSql(scope)}
    ORDER BY s."due", s."cardId"
    LIMIT 1`;
  return toSlice(rows);
}

/**
 * Review cards due before the study day ends, lowest retrievability first. FSRS retrievability
 * falls monotonically with elapsed time / stability (one decay for all cards), so ordering by that
 * ratio, largest first, is ordering by retrievability, lowest first.
 */
export async function dueReviews(db: Db, userId: string, scope: ReviewScope, now: Date, dayEndsAt: Date): Promise<QueueSlice> {
  const rows = await db.$queryRaw<HeadRow[]>`
    SELECT s."cardId" AS "cardId", COUNT(*) OVER () AS total
    FROM "CardState" s
    WHERE ${activeStateSql(userId, now)} AND s."state" = ${CardStateValue.Review}
      AND s."due" < ${dayEndsAt} AND ${cardScopeSql(scope)}
    ORDER BY (${now.getTime()} - s."lastReviewMs") / s."stability" DESC, s."cardId"
    LIMIT 1`;
  return toSlice(rows);
}

// New cards are the user's New state rows (see materializeCardStates) that are neither suspended
// nor buried, in introduction order: an index seek on (userId, state, newPosition).
function newStateSql(userId: string, scope: ReviewScope, now: Date): Prisma.Sql {
  return Prisma.sql`
    FROM "CardState" s
    WHERE ${activeStateSql(userId, now)} AND s."state" = ${CardStateValue.New} AND ${cardScopeSql(scope)}`;
}

/** New cards in introduction order; the count stops at `cap` (what today's limit can still use). */
export async function availableNew(db: Db, userId: string, scope: ReviewScope, now: Date, cap: number): Promise<QueueSlice> {
  if (cap <= 0) return { headCardId: null, count: 0 };
  const rows = await db.$queryRaw<HeadRow[]>`
    SELECT "cardId", COUNT(*) OVER () AS total
    FROM (SELECT s."cardId" AS "cardId", s."newPosition" AS "newPosition" ${newStateSql(userId, scope, now)}
          ORDER BY s."newPosition", s."cardId" LIMIT ${cap}) capped
    ORDER BY "newPosition", "cardId"
    LIMIT 1`;
  return toSlice(rows);
}
