// What the reliability suite checks in the served database, on SQLite or PostgreSQL.
import Database from "better-sqlite3";
import { createDb } from "../../lib/data/db";

/** How many times each review id is stored (per learner; ids are random UUIDs, so unique overall). */
export async function storedReviewCounts(databaseUrl: string): Promise<Map<string, number>> {
  const db = createDb(databaseUrl);
  try {
    const rows = await db.$queryRawUnsafe<{ reviewId: string; n: number | bigint }[]>('SELECT "reviewId", COUNT(*) AS n FROM "ReviewLog" GROUP BY "userId", "reviewId"');
    return new Map(rows.map((row) => [row.reviewId, Number(row.n)]));
  } finally {
    await db.$disconnect();
  }
}

/** The acknowledged review ids missing from the database, and those stored more than once. */
export async function checkAcknowledged(databaseUrl: string, acknowledged: Set<string>): Promise<{ missing: number; duplicated: number }> {
  const counts = await storedReviewCounts(databaseUrl);
  let missing = 0;
  let duplicated = 0;
  for (const id of acknowledged) {
    const n = counts.get(id) ?? 0;
    if (n === 0) missing += 1;
    if (n > 1) duplicated += 1;
  }
  return { missing, duplicated };
}

/**
 * SQLite: `PRAGMA integrity_check` on the file the killed server was writing. PostgreSQL: the
 * server was not the process killed, so "clean" means it answers and every table reads through.
 */
export async function integrityOf(databaseUrl: string): Promise<string> {
  if (databaseUrl.startsWith("file:")) {
    const db = new Database(databaseUrl.slice("file:".length), { readonly: true });
    try {
      return String(db.pragma("integrity_check", { simple: true }));
    } finally {
      db.close();
    }
  }
  const db = createDb(databaseUrl);
  try {
    for (const table of ["User", "CardState", "ReviewLog", "ReviewDayCount", "Quiz", "QuizQuestion"]) await db.$queryRawUnsafe(`SELECT COUNT(*) FROM "${table}"`);
    return "ok";
  } finally {
    await db.$disconnect();
  }
}
