import type { Queryable } from "../db";
import type { MasteryLog } from "../../domain/mastery/mastery-inputs";
import { EXPORT_BATCH_SIZE, keysetBatches } from "../export/keyset-batches";
import { masteryLogsOf } from "./mastery-log-rows";

/** Every live log of the learner as the mastery functions read them, paged by row id. */
export async function listLiveMasteryLogs(db: Queryable, userId: string): Promise<MasteryLog[]> {
  const logs: MasteryLog[] = [];
  const batches = keysetBatches(
    (after: { id: string } | null, take) =>
      db.reviewLog.findMany({
        where: { userId, deletedAt: null, ...(after ? { id: { gt: after.id } } : {}) },
        orderBy: { id: "asc" },
        take,
        select: { id: true, cardId: true, topic: true, rating: true, state: true, stability: true, reviewedAt: true, source: true, deletedAt: true },
      }),
    EXPORT_BATCH_SIZE,
  );
  for await (const batch of batches) logs.push(...masteryLogsOf(batch));
  return logs;
}
