import { randomUUID } from "node:crypto";
import type { Tx } from "../db";
import type { MemoryState, ReviewLogFields } from "../../domain/scheduling/memory-state";

// The two writes every grade makes, in portable raw SQL: through the query builder each paid for
// compiling its query on every call, the largest part of Prisma's cost per grade. The columns are
// the models' own (prisma/schema.prisma); `createdAt` and `updatedAt` take the wall clock, as
// @default(now()) and @updatedAt do (undo orders a learner's grades by reviewedAt, then createdAt).

/**
 * Writes a graded card's new memory state if the row is still at `expectedVersion` (optimistic
 * concurrency); returns whether it was.
 */
export async function writeGradedState(
  tx: Tx,
  stateId: string,
  expectedVersion: number,
  next: MemoryState,
  flags: { isLeech: boolean; isSuspended: boolean },
  version: number,
): Promise<boolean> {
  const changed = await tx.$executeRaw`
    UPDATE "CardState" SET "due" = ${next.due}, "stability" = ${next.stability}, "difficulty" = ${next.difficulty},
      "elapsedDays" = ${next.elapsedDays}, "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
      "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state}, "lastReview" = ${next.lastReview},
      "lastReviewMs" = ${next.lastReview ? next.lastReview.getTime() : null}, "isLeech" = ${flags.isLeech},
      "isSuspended" = ${flags.isSuspended}, "buriedUntil" = NULL, "version" = ${version}, "updatedAt" = ${new Date()}
    WHERE "id" = ${stateId} AND "version" = ${expectedVersion}`;
  return changed === 1;
}

export interface ReviewLogRow extends ReviewLogFields {
  userId: string;
  cardId: string;
  reviewId: string;
  durationMs: number;
  source: string;
  previousDue: Date;
  scheduledDue: Date;
  nextState: number;
  buriedSiblingIds: string;
  madeLeech: boolean;
  studyDate: string;
  topic: string;
}

/** Inserts a grade's log; a review id the learner already used fails on its unique key (a replay). */
export async function insertReviewLog(tx: Tx, row: ReviewLogRow): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "reviewId", "rating", "state", "due", "stability", "difficulty",
      "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "source", "previousDue",
      "scheduledDue", "nextState", "buriedSiblingIds", "madeLeech", "createdAt", "studyDate", "topic")
    VALUES (${randomUUID()}, ${row.userId}, ${row.cardId}, ${row.reviewId}, ${row.rating}, ${row.state}, ${row.due}, ${row.stability},
      ${row.difficulty}, ${row.elapsedDays}, ${row.lastElapsedDays}, ${row.scheduledDays}, ${row.learningSteps}, ${row.reviewedAt},
      ${row.durationMs}, ${row.source}, ${row.previousDue}, ${row.scheduledDue}, ${row.nextState}, ${row.buriedSiblingIds},
      ${row.madeLeech}, ${new Date()}, ${row.studyDate}, ${row.topic})`;
}
