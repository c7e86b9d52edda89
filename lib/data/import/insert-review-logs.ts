import type { Tx } from "../db";
import type { AccountExport } from "./account-export-schema";
import { chunks } from "./chunks";
import { findTakenIds } from "./taken-ids";

/** Writes the exported review logs, undone ones included; a row id already in use gets a new one. */
export async function insertReviewLogs(tx: Tx, userId: string, rows: AccountExport["reviewLogs"]): Promise<number> {
  let count = 0;
  for (const chunk of chunks(rows)) {
    const taken = await findTakenIds(tx, "reviewLog", chunk.map((row) => row.id));
    // Without an id Prisma generates a cuid, as for every log the app writes.
    const data = chunk.map(({ id, ...row }) => ({ ...row, ...(taken.has(id) ? {} : { id }), userId }));
    count += (await tx.reviewLog.createMany({ data })).count;
  }
  return count;
}
