import type { Db } from "../db";
import { keysetBatches } from "./keyset-batches";
import { memoryStateSelect } from "../review/memory-state-row";

// Not exported: the row id (derived from user and card, regenerated on import), lastReviewMs
// (lastReview in another unit) and the copies of the card's kind, topic and retirement, which
// an import takes from the Card table of the server it lands on.
export const cardStateExportSelect = {
  cardId: true,
  ...memoryStateSelect,
  newPosition: true,
  isSuspended: true,
  isLeech: true,
  buriedUntil: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** The user's card states in card id order (unique per user), one array per batch. */
export function listCardStateBatches(db: Db, userId: string, batchSize: number) {
  return keysetBatches(
    (after: { cardId: string } | null, take) =>
      db.cardState.findMany({
        where: { userId, ...(after ? { cardId: { gt: after.cardId } } : {}) },
        orderBy: { cardId: "asc" },
        take,
        select: cardStateExportSelect,
      }),
    batchSize,
  );
}
