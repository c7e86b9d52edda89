import type { Db } from "../db";
import type { Topic } from "../../domain/content/schema";
import type { ReviewSessionView } from "../../domain/review/session-view";
import { gradeReviewInContext, type GradeResult, type GradeReviewInput } from "./grade-review";
import { getReviewSession } from "./get-review-session";

/**
 * The review page's round trip: apply a grade, then compute the next card, reusing the learner
 * context the grade read. The session is read after the grade's transaction has committed.
 */
export async function gradeAndFetchNext(
  db: Db,
  userId: string,
  input: GradeReviewInput,
  options: { topic: Topic | null; now: Date },
): Promise<{ result: GradeResult; session: ReviewSessionView }> {
  const { result, context } = await gradeReviewInContext(db, userId, input, options.now);
  const session = await getReviewSession(db, userId, { topic: options.topic, now: options.now, context: context ?? undefined });
  return { result, session };
}
