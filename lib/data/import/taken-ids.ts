import type { Tx } from "../db";
import { chunks } from "./chunks";

type IdTable = "reviewLog" | "quiz" | "quizQuestion";

/**
 * Which of these row ids already exist, in any account. Ids are kept when they are free (a move
 * to a new server keeps every id) and replaced when taken (an account copied on the same server).
 * This is the one lookup not scoped to the user: it only learns whether the ids the user supplied
 * are in use, and returns nothing of another account's rows.
 */
export async function findTakenIds(tx: Tx, table: IdTable, ids: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const chunk of chunks(ids)) {
    const where = { id: { in: chunk } };
    const select = { id: true } as const;
    const rows =
      table === "reviewLog"
        ? await tx.reviewLog.findMany({ where, select })
        : table === "quiz"
          ? await tx.quiz.findMany({ where, select })
          : await tx.quizQuestion.findMany({ where, select });
    for (const row of rows) taken.add(row.id);
  }
  return taken;
}
