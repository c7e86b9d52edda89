import type { Db } from "../../db";
import { keysetBatches } from "../keyset-batches";
import { reviewLogOrder, reviewLogsAfter } from "../review-log-order";

const ankiRevlogSelect = {
  cardId: true,
  reviewId: true,
  rating: true,
  state: true,
  nextState: true,
  reviewedAt: true,
  due: true,
  previousDue: true,
  scheduledDue: true,
  scheduledDays: true,
  difficulty: true,
  durationMs: true,
} as const;

/**
 * The learner's grades on cards of the given kinds that were not undone, daily review and quiz
 * alike (a quiz answer grades the card through the same path), in review order, one array per batch.
 */
export function listAnkiRevlogBatches(db: Db, userId: string, kinds: readonly string[], batchSize: number) {
  return keysetBatches(
    (after: { reviewedAt: Date; reviewId: string } | null, take) =>
      db.reviewLog.findMany({
        where: { userId, deletedAt: null, card: { kind: { in: [...kinds] } }, ...reviewLogsAfter(after) },
        orderBy: reviewLogOrder,
        take,
        select: ankiRevlogSelect,
      }),
    batchSize,
  );
}

/** When the learner's history starts: the first grade that was not undone, if any. */
export async function getFirstReviewAt(db: Db, userId: string): Promise<Date | null> {
  const first = await db.reviewLog.findFirst({ where: { userId, deletedAt: null }, orderBy: reviewLogOrder, select: { reviewedAt: true } });
  return first?.reviewedAt ?? null;
}
