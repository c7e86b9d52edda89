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

/**
 * A write to the e2e server's database, for states the app cannot reach through its API (a quiz
 * marked finished while a question is unanswered, as the data-layer tests do). Use sparingly.
 */
export function writeE2eDatabase(sql: string, ...params: unknown[]): number {
  const db = new Database(inject("databasePath"), { fileMustExist: true, timeout: 5000 });
  try {
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}
