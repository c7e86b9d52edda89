import { z } from "zod";
import type { Queryable } from "../db";
import { ConflictError } from "../../domain/errors";

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

/** The stored result of a review id that was already applied, or null when it was not. */
export async function findReplay(db: Queryable, userId: string, input: GradeReviewInput): Promise<GradeResult | null> {
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
