import type { Queryable } from "../db";
import type { RatingCounts } from "../../domain/planning";
import { CardStateValue } from "../../domain/scheduling/memory-state";

/** The latest grades the habits are read from: recent habits matter most, and an index walk stays cheap at a million logs. */
export const RATING_WINDOW = 20_000;

type CountRow = { state: number | bigint; rating: number | bigint; count: number | bigint };

/**
 * How the learner grades in the daily review, from their latest grades (undone ones and quiz
 * answers left out: a quiz grades by its own rules): first grades of new cards by rating, and
 * ratings of the review-state cards they recalled (anything but Again).
 */
export async function countLearnerRatings(db: Queryable, userId: string): Promise<RatingCounts> {
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT recent."state" AS "state", recent."rating" AS "rating", COUNT(*) AS "count"
    FROM (
      SELECT l."state" AS "state", l."rating" AS "rating"
      FROM "ReviewLog" l
      WHERE l."userId" = ${userId} AND l."deletedAt" IS NULL AND l."source" = 'review'
      ORDER BY l."reviewedAt" DESC
      LIMIT ${RATING_WINDOW}
    ) recent
    WHERE recent."state" IN (${CardStateValue.New}, ${CardStateValue.Review})
    GROUP BY recent."state", recent."rating"`;
  const firstRatings: [number, number, number, number] = [0, 0, 0, 0];
  const recalledRatings: [number, number, number] = [0, 0, 0];
  for (const row of rows) {
    const rating = Number(row.rating);
    const count = Number(row.count);
    if (rating < 1 || rating > 4) continue;
    if (Number(row.state) === CardStateValue.New) firstRatings[rating - 1] += count;
    else if (rating >= 2) recalledRatings[rating - 2] += count;
  }
  return { firstRatings, recalledRatings };
}
