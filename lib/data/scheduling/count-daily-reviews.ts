import type { Db } from "../db";

/** The learner's daily-review grades that are not undone: the history a fit reads. */
export function countDailyReviews(db: Db, userId: string): Promise<number> {
  return db.reviewLog.count({ where: { userId, deletedAt: null, source: "review" } });
}
