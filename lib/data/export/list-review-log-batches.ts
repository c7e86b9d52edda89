import type { Db } from "../db";
import { keysetBatches } from "./keyset-batches";
import { reviewLogOrder, reviewLogsAfter } from "./review-log-order";

/** Every ReviewLog column but the user id: undo needs previousDue and friends, so they travel too. */
export const reviewLogExportSelect = {
  id: true,
  cardId: true,
  reviewId: true,
  rating: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  lastElapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reviewedAt: true,
  durationMs: true,
  source: true,
  previousDue: true,
  scheduledDue: true,
  nextState: true,
  buriedSiblingIds: true,
  madeLeech: true,
  deletedAt: true,
  createdAt: true,
} as const;

/** All of the user's review logs, undone ones included (deletedAt set), in review order. */
export function listReviewLogBatches(db: Db, userId: string, batchSize: number) {
  return keysetBatches(
    (after: { reviewedAt: Date; reviewId: string } | null, take) =>
      db.reviewLog.findMany({
        where: { userId, ...reviewLogsAfter(after) },
        orderBy: reviewLogOrder,
        take,
        select: reviewLogExportSelect,
      }),
    batchSize,
  );
}
