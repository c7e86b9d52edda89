import type { Tx } from "../db";
import { studyDayAt } from "../../domain/scheduling/study-day";
import type { AccountExport } from "./account-export-schema";
import { chunks } from "./chunks";
import type { ImportCard } from "./find-import-cards";
import { findTakenIds } from "./taken-ids";

/**
 * Writes the exported review logs, undone ones included; a row id already in use gets a new one.
 * Each gets its study date in the imported timezone and day start, and its card's topic, as a
 * grade would have stored them.
 */
export async function insertReviewLogs(
  tx: Tx,
  userId: string,
  rows: AccountExport["reviewLogs"],
  cards: ReadonlyMap<string, ImportCard>,
  day: { timezone: string; dayStartHour: number },
): Promise<number> {
  let count = 0;
  for (const chunk of chunks(rows)) {
    const taken = await findTakenIds(tx, "reviewLog", chunk.map((row) => row.id));
    // Without an id Prisma generates a cuid, as for every log the app writes.
    const data = chunk.map(({ id, ...row }) => ({
      ...row,
      ...(taken.has(id) ? {} : { id }),
      userId,
      studyDate: studyDayAt(row.reviewedAt, day.timezone, day.dayStartHour).date,
      topic: cards.get(row.cardId)?.topic ?? "",
    }));
    count += (await tx.reviewLog.createMany({ data })).count;
  }
  return count;
}
