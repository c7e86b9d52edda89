import { randomUUID } from "node:crypto";
import type { Queryable } from "../db";
import type { RawQueryable } from "../direct-sql";
import type { ReviewDayCount, ReviewDayKey } from "../../domain/mastery/review-day-count";

/** Counts one grade in (delta 1) or out of (delta -1, undo) its day row, in the caller's transaction. */
export async function countReviewDay(tx: RawQueryable, userId: string, key: ReviewDayKey, delta: 1 | -1): Promise<void> {
  if (delta === 1) {
    // Raw SQL (portable upsert): this runs on every grade, and the query builder compiles its query each time.
    await tx.$executeRaw`
      INSERT INTO "ReviewDayCount" ("id", "userId", "studyDate", "topic", "rating", "isRetentionReview", "count")
      VALUES (${randomUUID()}, ${userId}, ${key.date}, ${key.topic}, ${key.rating}, ${key.isRetentionReview}, 1)
      ON CONFLICT ("userId", "studyDate", "topic", "rating", "isRetentionReview") DO UPDATE SET "count" = "ReviewDayCount"."count" + 1`;
  } else {
    await tx.$executeRaw`
      UPDATE "ReviewDayCount" SET "count" = "count" - 1
      WHERE "userId" = ${userId} AND "studyDate" = ${key.date} AND "topic" = ${key.topic} AND "rating" = ${key.rating}
        AND "isRetentionReview" = ${key.isRetentionReview} AND "count" > 0`;
  }
}

/** Live grades per study date over the learner's whole history (the calendar and its streaks). */
export async function listReviewDayTotals(db: Queryable, userId: string): Promise<Pick<ReviewDayCount, "date" | "count">[]> {
  const rows = await db.reviewDayCount.groupBy({ by: ["studyDate"], where: { userId, count: { gt: 0 } }, _sum: { count: true } });
  return rows.map((row) => ({ date: row.studyDate, count: row._sum.count ?? 0 }));
}

/** The day rows from `firstDate` on: the detail the 30-day charts split by rating and topic. */
export async function listReviewDayCounts(db: Queryable, userId: string, firstDate: string): Promise<ReviewDayCount[]> {
  const rows = await db.reviewDayCount.findMany({
    where: { userId, studyDate: { gte: firstDate }, count: { gt: 0 } },
    select: { studyDate: true, topic: true, rating: true, isRetentionReview: true, count: true },
  });
  return rows.map(({ studyDate, ...row }) => ({ date: studyDate, ...row }));
}
