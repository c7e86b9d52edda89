import type { Prisma } from "../generated/prisma/client";

/**
 * Review logs in review order, ties broken by the review id: unlike the row id it survives an
 * import unchanged, so an account exports in the same order before and after a move.
 */
export const reviewLogOrder = [{ reviewedAt: "asc" }, { reviewId: "asc" }] satisfies Prisma.ReviewLogOrderByWithRelationInput[];

/**
 * The logs after a cursor in that order. Written as "reviewedAt >= t AND NOT (reviewedAt = t AND
 * reviewId <= r)" rather than an OR so SQLite turns it into a range on the reviewedAt index.
 */
export function reviewLogsAfter(after: { reviewedAt: Date; reviewId: string } | null): Prisma.ReviewLogWhereInput {
  if (!after) return {};
  return {
    reviewedAt: { gte: after.reviewedAt },
    NOT: { reviewedAt: after.reviewedAt, reviewId: { lte: after.reviewId } },
  };
}
