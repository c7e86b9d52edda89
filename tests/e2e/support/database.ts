import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";

// COUNT(*) and other int8 results as numbers, as SQLite returns them.
const INT8_OID = 20;
pg.types.setTypeParser(INT8_OID, (value) => Number(value));

/**
 * Runs one statement on the e2e server's database, SQLite or PostgreSQL. Write portable SQL:
 * quoted identifiers ("User" is reserved in PostgreSQL) and `?` placeholders.
 */
async function runE2eStatement<T>(sql: string, params: unknown[], kind: "read" | "write"): Promise<{ rows: T[]; changes: number }> {
  const url = inject("databaseUrl");
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length), { readonly: kind === "read", fileMustExist: true, timeout: 5000 });
    try {
      if (kind === "read") return { rows: db.prepare(sql).all(...params) as T[], changes: 0 };
      return { rows: [], changes: db.prepare(sql).run(...params).changes };
    } finally {
      db.close();
    }
  }
  let position = 0;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql.replace(/\?/g, () => `$${++position}`), params);
    return { rows: result.rows as T[], changes: result.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

/** Read-only look at the e2e server's database, to check what a journey stored. */
export async function queryE2eDatabase<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return (await runE2eStatement<T>(sql, params, "read")).rows;
}

/**
 * A write to the e2e server's database, for states the app cannot reach through its API (a quiz
 * marked finished while a question is unanswered, as the data-layer tests do). Use sparingly.
 */
export async function writeE2eDatabase(sql: string, ...params: unknown[]): Promise<number> {
  return (await runE2eStatement(sql, params, "write")).changes;
}
