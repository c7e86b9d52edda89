import Database from "better-sqlite3";
import { inject } from "vitest";

/** Read-only look at the e2e server's database, to check what a journey stored. */
export function queryE2eDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(inject("databasePath"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
