import type { Db } from "../db";
import { REVIEW_LOG_CSV_HEADER, reviewLogCsvLine } from "../../domain/export/review-log-csv";
import { EXPORT_BATCH_SIZE, keysetBatches } from "./keyset-batches";
import { reviewLogOrder, reviewLogsAfter } from "./review-log-order";

/**
 * The user's review history as the FSRS optimizer's CSV, one chunk of text per batch of logs
 * (the header first). Undone logs are left out, as they are from stats and optimisation.
 * Lazy: the next batch is read only when the consumer asks for more text.
 */
export async function* streamReviewLogCsv(db: Db, userId: string, options: { batchSize?: number } = {}): AsyncGenerator<string> {
  yield REVIEW_LOG_CSV_HEADER;
  const batches = keysetBatches(
    (after: { reviewedAt: Date; reviewId: string } | null, take) =>
      db.reviewLog.findMany({
        where: { userId, deletedAt: null, ...reviewLogsAfter(after) },
        orderBy: reviewLogOrder,
        take,
        select: { cardId: true, reviewedAt: true, rating: true, state: true, durationMs: true, reviewId: true },
      }),
    options.batchSize ?? EXPORT_BATCH_SIZE,
  );
  for await (const batch of batches) yield batch.map(reviewLogCsvLine).join("");
}
