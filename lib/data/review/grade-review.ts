import { z } from "zod";
import type { Db, Queryable } from "../db";
import { ConflictError, NotFoundError } from "../../domain/errors";
import { CardStateValue } from "../../domain/scheduling/memory-state";
import { createScheduler, newMemoryState, type ReviewRating } from "../../domain/scheduling/scheduler";
import { studyDayAt } from "../../domain/scheduling/study-day";
import { isLeechAt } from "../../domain/review/queue";
import { getLearnerContext, type LearnerContext } from "./learner-context";
import { cardCopyColumns, memoryStateColumns, memoryStateFromRow, memoryStateSelect } from "./memory-state-row";
import { burySiblings } from "./bury-siblings";

export const gradeReviewSchema = z.strictObject({
  cardId: z.string().min(1, "cardId is required.").max(200),
  reviewId: z
    .string()
    .min(8, "reviewId must be 8-100 characters.")
    .max(100, "reviewId must be 8-100 characters.")
    .regex(/^[A-Za-z0-9_-]+$/, "reviewId may contain letters, digits, - and _ only."),
  rating: z.number({ error: "Rating must be 1-4." }).int("Rating must be 1-4.").min(1, "Rating must be 1-4.").max(4, "Rating must be 1-4."),
  version: z.number({ error: "version must be a whole number." }).int().min(0),
  durationMs: z.number({ error: "durationMs must be a number." }).int().min(0).max(24 * 60 * 60 * 1000),
});
export type GradeReviewInput = z.infer<typeof gradeReviewSchema>;

export interface GradeResult {
  cardId: string;
  reviewId: string;
  rating: number;
  state: number;
  dueAt: string;
  version: number;
  isLeech: boolean;
  /** True when this review id had already been applied: nothing was written this time. */
  isReplay: boolean;
}

const CONCURRENT_CHANGE = "This card was changed in another tab or on another device; it has been reloaded.";

/**
 * Applies one grade in one transaction: loads the card state by card id and user id together,
 * computes the next state on the server, writes state and log, buries siblings and flags leeches.
 * A repeated reviewId returns the stored result and writes nothing; a stale version is a conflict.
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
  let context: LearnerContext | null = null;
  try {
    const result = await db.$transaction(async (tx): Promise<GradeResult> => {

      // A replayed review id is detected only when something fails (the version check, or the
      // unique review id on insert), so the common path costs no extra query.
      const card = await tx.card.findFirst({
        where: { id: input.cardId, isRetired: false },
        select: { id: true, conceptId: true, kind: true, topic: true, position: true },
      });
      if (!card) throw new NotFoundError("Card not found.");
      context = await getLearnerContext(tx, userId);
      const row = await tx.cardState.findUnique({
        where: { userId_cardId: { userId, cardId: card.id } },
        select: { id: true, version: true, isSuspended: true, isLeech: true, ...memoryStateSelect },
      });
      if ((row?.version ?? 0) !== input.version) {
        const replay = await findReplay(tx, userId, input);
        if (replay) return replay;
        throw new ConflictError(CONCURRENT_CHANGE);
      }
      if (row?.isSuspended) {
        const replay = await findReplay(tx, userId, input);
        if (replay) return replay;
        throw new ConflictError("This card is suspended; unsuspend it before grading.");
      }

      const before = row ? memoryStateFromRow(row) : newMemoryState(now);
      const { next, log } = createScheduler(context.scheduler).grade(before, input.rating as ReviewRating, now);
      const hasLapsed = input.rating === 1 && before.state === CardStateValue.Review;
      const madeLeech = hasLapsed && isLeechAt(next.lapses, context.leechThreshold);
      const flags = { isLeech: madeLeech || (row?.isLeech ?? false), isSuspended: madeLeech };
      const version = (row?.version ?? 0) + 1;

      if (row) {
        const updated = await tx.cardState.updateMany({
          where: { id: row.id, version: row.version },
          data: { ...memoryStateColumns(next), ...flags, buriedUntil: null, version },
        });
        if (updated.count !== 1) throw new ConflictError(CONCURRENT_CHANGE);
      } else {
        await tx.cardState.create({
          data: { userId, cardId: card.id, ...memoryStateColumns(next), ...flags, version, ...cardCopyColumns(card) },
        });
      }

      const day = studyDayAt(now, context.timezone, context.dayStartHour);
      const buriedSiblingIds = await burySiblings(tx, userId, card, day.endsAt, now);
      await tx.reviewLog.create({
        data: {
          userId,
          cardId: card.id,
          reviewId: input.reviewId,
          ...log,
          durationMs: input.durationMs,
          source: "review",
          previousDue: before.due,
          scheduledDue: next.due,
          nextState: next.state,
          buriedSiblingIds: JSON.stringify(buriedSiblingIds),
          madeLeech,
        },
      });
      return {
        cardId: card.id,
        reviewId: input.reviewId,
        rating: input.rating,
        state: next.state,
        dueAt: next.due.toISOString(),
        version,
        isLeech: flags.isLeech,
        isReplay: false,
      };
    });
    return { result, context };
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

async function findReplay(db: Queryable, userId: string, input: GradeReviewInput): Promise<GradeResult | null> {
  const logged = await db.reviewLog.findUnique({
    where: { userId_reviewId: { userId, reviewId: input.reviewId } },
    select: { cardId: true, rating: true, nextState: true, scheduledDue: true, deletedAt: true, madeLeech: true },
  });
  if (!logged) return null;
  if (logged.cardId !== input.cardId) throw new ConflictError("This review id was already used for another card.");
  if (logged.deletedAt) throw new ConflictError("This review was undone.");
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: logged.cardId } }, select: { version: true, isLeech: true } });
  return {
    cardId: logged.cardId,
    reviewId: input.reviewId,
    rating: logged.rating,
    state: logged.nextState,
    dueAt: logged.scheduledDue.toISOString(),
    version: state?.version ?? 0,
    isLeech: state?.isLeech ?? logged.madeLeech,
    isReplay: true,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
