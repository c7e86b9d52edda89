import { z } from "zod";
import type { RawQueryable } from "../direct-sql";
import { booleanOf, dateOf } from "../raw-values";
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
export async function findReplay(db: RawQueryable, userId: string, input: GradeReviewInput): Promise<GradeResult | null> {
  const [logged] = await db.$queryRaw<ReplayRow[]>`
    SELECT l."cardId", l."rating", l."nextState", l."scheduledDue", l."deletedAt", l."madeLeech", s."version", s."isLeech"
    FROM "ReviewLog" l LEFT JOIN "CardState" s ON s."userId" = l."userId" AND s."cardId" = l."cardId"
    WHERE l."userId" = ${userId} AND l."reviewId" = ${input.reviewId}`;
  if (!logged) return null;
  if (logged.cardId !== input.cardId) throw new ConflictError("This review id was already used for another card.");
  if (logged.deletedAt !== null) throw new ConflictError("This review was undone.");
  return {
    cardId: logged.cardId,
    reviewId: input.reviewId,
    rating: Number(logged.rating),
    state: Number(logged.nextState),
    dueAt: dateOf(logged.scheduledDue).toISOString(),
    version: logged.version === null ? 0 : Number(logged.version),
    isLeech: booleanOf(logged.isLeech ?? logged.madeLeech),
    isReplay: true,
  };
}

type ReplayRow = {
  cardId: string;
  rating: number | bigint;
  nextState: number | bigint;
  scheduledDue: Date | string;
  deletedAt: Date | string | null;
  madeLeech: boolean | number | bigint;
  version: number | bigint | null;
  isLeech: boolean | number | bigint | null;
};
