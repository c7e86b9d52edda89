import { Prisma } from "../generated/prisma/client";
import type { RawQueryable } from "../direct-sql";
import { CardStateValue } from "../../domain/scheduling/memory-state";
import type { ReviewScope } from "./review-scope";
import type { DayProgress, QueueSlice } from "../../domain/review/queue";

// The per-review queue lookups, in raw SQL because each needs what the query builder cannot
// express cheaply: a count and the head in one statement (COUNT(*) OVER ()), ordering by an
// expression, a count capped with LIMIT, and several of them in one round trip (UNION ALL). The
// SQL is portable (SQLite and PostgreSQL): quoted identifiers, TRUE/FALSE literals, window
// functions, and dates passed as parameters.

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

// New cards are the user's New state rows (see materializeCardStates) that are neither suspended
// nor buried, in introduction order: an index seek on (userId, state, newPosition).
function newStateSql(userId: string, scope: ReviewScope, now: Date): Prisma.Sql {
  return Prisma.sql`
    FROM "CardState" s
    WHERE ${activeStateSql(userId, now)} AND s."state" = ${CardStateValue.New} AND ${cardScopeSql(scope)}`;
}

/**
 * The first new card in introduction order, with the count of new cards up to `cap`: two scalar
 * subqueries on the covering index (CardState_new_queue_idx), the head a seek and the count a
 * scan of index entries only. (One windowed COUNT(*) OVER () over the capped rows sorted them all
 * again: 1.6 ms at a limit of 9,999 against 0.4 ms this way.)
 */
function availableNewSql(userId: string, scope: ReviewScope, now: Date, cap: number): Prisma.Sql {
  return Prisma.sql`
    SELECT
      (SELECT s."cardId" ${newStateSql(userId, scope, now)} ORDER BY s."newPosition", s."cardId" LIMIT 1) AS "cardId",
      (SELECT COUNT(*) FROM (SELECT 1 AS "one" ${newStateSql(userId, scope, now)} LIMIT ${cap}) capped) AS "total"`;
}

/** New cards in introduction order; the count stops at `cap` (what today's limit can still use). */
export async function availableNew(db: RawQueryable, userId: string, scope: ReviewScope, now: Date, cap: number): Promise<QueueSlice> {
  if (cap <= 0) return { headCardId: null, count: 0 };
  return toSlice(await db.$queryRaw<HeadRow[]>`${availableNewSql(userId, scope, now, cap)}`);
}

/** Everything the queue head needs, read in one statement (see queueSnapshot). */
export interface QueueSnapshot {
  /** Learning and relearning cards due now, earliest first. */
  learning: QueueSlice;
  /**
   * Review cards due before the study day ends, lowest retrievability first. FSRS retrievability
   * falls monotonically with elapsed time / stability (one decay for all cards), so ordering by
   * that ratio, largest first, is ordering by retrievability, lowest first.
   */
  reviews: QueueSlice;
  /** Available new cards in introduction order, the count capped at `newCap`. */
  fresh: QueueSlice;
  progress: DayProgress;
  /** Content changed since the learner's state rows were completed (see materializeCardStates). */
  isContentNewer: boolean;
}

type SnapshotRow = { slice: string; cardId: string | null; total: bigint | number };

/**
 * The three queue slices, today's progress (daily-review grades since the study day began, undone
 * ones excluded, by the state the card was in) and whether content is newer than the learner's
 * state rows, in one statement: this runs after every grade, and each statement has a fixed cost
 * in the client on top of the database's work.
 */
export async function queueSnapshot(
  db: RawQueryable,
  userId: string,
  scope: ReviewScope,
  now: Date,
  day: { startsAt: Date; endsAt: Date },
  newCap: number,
  materializedAt: Date | null,
): Promise<QueueSnapshot> {
  const cap = Math.max(0, newCap);
  const rows = await db.$queryRaw<SnapshotRow[]>`
    SELECT 'learning' AS "slice", "cardId", "total" FROM (
      SELECT s."cardId" AS "cardId", COUNT(*) OVER () AS "total"
      FROM "CardState" s
      WHERE ${activeStateSql(userId, now)} AND s."state" IN (${CardStateValue.Learning}, ${CardStateValue.Relearning})
        AND s."due" <= ${now} AND ${cardScopeSql(scope)}
      ORDER BY s."due", s."cardId"
      LIMIT 1) learning
    UNION ALL
    SELECT 'review', "cardId", "total" FROM (
      SELECT s."cardId" AS "cardId", COUNT(*) OVER () AS "total"
      FROM "CardState" s
      WHERE ${activeStateSql(userId, now)} AND s."state" = ${CardStateValue.Review}
        AND s."due" < ${day.endsAt} AND ${cardScopeSql(scope)}
      ORDER BY (${now.getTime()} - s."lastReviewMs") / s."stability" DESC, s."cardId"
      LIMIT 1) review
    UNION ALL
    SELECT 'new', "cardId", "total" FROM (${availableNewSql(userId, scope, now, cap)}) fresh
    UNION ALL
    SELECT 'progress:' || CAST(l."state" AS TEXT), NULL, COUNT(*)
    FROM "ReviewLog" l
    WHERE l."userId" = ${userId} AND l."deletedAt" IS NULL AND l."source" = 'review' AND l."reviewedAt" >= ${day.startsAt}
    GROUP BY l."state"
    UNION ALL
    SELECT 'content-newer', NULL, COUNT(*) FROM (
      SELECT 1 AS "one" FROM "Card" c WHERE c."updatedAt" > ${materializedAt ?? new Date(0)} LIMIT 1) newer`;
  const slice = (name: string): QueueSlice => {
    const row = rows.find((candidate) => candidate.slice === name);
    return { headCardId: row?.cardId ?? null, count: Number(row?.total ?? 0) };
  };
  const progressOf = (state: number) => Number(rows.find((row) => row.slice === `progress:${state}`)?.total ?? 0);
  const gradedToday = rows.filter((row) => row.slice.startsWith("progress:")).reduce((sum, row) => sum + Number(row.total), 0);
  return {
    learning: slice("learning"),
    reviews: slice("review"),
    fresh: cap > 0 ? slice("new") : { headCardId: null, count: 0 },
    progress: { newIntroduced: progressOf(CardStateValue.New), reviewsDone: progressOf(CardStateValue.Review), gradedToday },
    isContentNewer: slice("content-newer").count > 0,
  };
}
