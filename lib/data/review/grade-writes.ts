import { randomUUID } from "node:crypto";
import type { RawQueryable } from "../direct-sql";
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
  tx: RawQueryable,
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

/** The state row of a card graded for the first time (a quiz-only card has none until then). */
export async function insertGradedState(
  tx: RawQueryable,
  userId: string,
  card: { id: string; kind: string; topic: string; position: number },
  next: MemoryState,
  flags: { isLeech: boolean; isSuspended: boolean },
  version: number,
): Promise<void> {
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO "CardState" ("id", "userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "learningSteps", "reps", "lapses", "state", "lastReview", "lastReviewMs", "isSuspended", "isLeech", "version",
      "newPosition", "cardKind", "cardTopic", "isCardRetired", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${userId}, ${card.id}, ${next.due}, ${next.stability}, ${next.difficulty}, ${next.elapsedDays},
      ${next.scheduledDays}, ${next.learningSteps}, ${next.reps}, ${next.lapses}, ${next.state}, ${next.lastReview},
      ${next.lastReview ? next.lastReview.getTime() : null}, ${flags.isSuspended}, ${flags.isLeech}, ${version},
      ${card.position}, ${card.kind}, ${card.topic}, FALSE, ${now}, ${now})`;
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
export async function insertReviewLog(tx: RawQueryable, row: ReviewLogRow): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "reviewId", "rating", "state", "due", "stability", "difficulty",
      "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "source", "previousDue",
      "scheduledDue", "nextState", "buriedSiblingIds", "madeLeech", "createdAt", "studyDate", "topic")
    VALUES (${randomUUID()}, ${row.userId}, ${row.cardId}, ${row.reviewId}, ${row.rating}, ${row.state}, ${row.due}, ${row.stability},
      ${row.difficulty}, ${row.elapsedDays}, ${row.lastElapsedDays}, ${row.scheduledDays}, ${row.learningSteps}, ${row.reviewedAt},
      ${row.durationMs}, ${row.source}, ${row.previousDue}, ${row.scheduledDue}, ${row.nextState}, ${row.buriedSiblingIds},
      ${row.madeLeech}, ${new Date()}, ${row.studyDate}, ${row.topic})`;
}
