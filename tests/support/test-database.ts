import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const ROOT = path.resolve(__dirname, "../..");

/**
 * The database the integration and end-to-end suites run on: SQLite files by default, or fresh
 * databases in the PostgreSQL cluster RECALL_TEST_POSTGRES_URL names (`npm run test:postgres`).
 */
export const TEST_POSTGRES_URL = process.env.RECALL_TEST_POSTGRES_URL || undefined;
export const testProvider: "sqlite" | "postgresql" = TEST_POSTGRES_URL ? "postgresql" : "sqlite";

/** Applies the committed migrations to a database URL with the command `npm start` runs. */
export function migrateDatabase(url: string): string {
  return execFileSync(process.execPath, [path.join(ROOT, "scripts/db-migrate.mjs")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
}

/**
 * A URL for a new database of the test provider (or in the PostgreSQL cluster given), how to
 * create it empty (migrating creates it too), and how to remove it.
 */
export function newTestDatabase(postgresAdminUrl = TEST_POSTGRES_URL): { url: string; create(): Promise<void>; remove(): Promise<void> } {
  if (!postgresAdminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "recall-test-"));
    const file = path.join(dir, "test.db");
    return {
      url: `file:${file}`,
      create: async () => {
        new Database(file).close();
      },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `recall_test_${randomBytes(6).toString("hex")}`;
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    create: () => onPostgresServer(postgresAdminUrl, `CREATE DATABASE "${name}"`),
    remove: () => onPostgresServer(postgresAdminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onPostgresServer(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
