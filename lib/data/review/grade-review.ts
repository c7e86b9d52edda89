import type { Db } from "../db";
import type { LearnerContext } from "./learner-context";
import { retryIfRaced } from "../write-races";
import { directTransaction } from "../direct-sql";
import { applyGrade } from "./apply-grade";
import type { GradeResult, GradeReviewInput } from "./grade-result";

export { gradeReviewSchema, type GradeResult, type GradeReviewInput } from "./grade-result";

/**
 * Applies one daily-review grade in one transaction (see applyGrade). A repeated reviewId returns
 * the stored result and writes nothing; a stale version is a conflict.
 */
export async function gradeReview(db: Db, userId: string, input: GradeReviewInput, now: Date): Promise<GradeResult> {
  return (await gradeReviewInContext(db, userId, input, now)).result;
}

/** gradeReview, also returning the learner context it read, so a caller can reuse it. */
export async function gradeReviewInContext(
  db: Db,
  userId: string,
  input: GradeReviewInput,
  now: Date,
): Promise<{ result: GradeResult; context: LearnerContext | null }> {
  // A grade that lost a race to the same review id finds, run again, the stored result (applyGrade's replay).
  return retryIfRaced(() => directTransaction(db, (tx) => applyGrade(tx, userId, input, now, "review")));
}
