import type { Db } from "../db";
import { ConflictError } from "../../domain/errors";
import type { LearnerContext } from "./learner-context";
import { applyGrade, CONCURRENT_CHANGE } from "./apply-grade";
import { findReplay, type GradeResult, type GradeReviewInput } from "./grade-result";

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
  try {
    return await db.$transaction((tx) => applyGrade(tx, userId, input, now, "review"));
  } catch (error) {
    // The review id was already used (a retry, a double click, a race): report the stored result.
    if (isUniqueViolation(error)) {
      const replay = await findReplay(db, userId, input);
      if (replay) return { result: replay, context: null };
      throw new ConflictError(CONCURRENT_CHANGE);
    }
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
