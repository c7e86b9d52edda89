// One connection for a migration run, SQLite or PostgreSQL, behind the few calls the runner needs.
// Each run is one transaction that holds the database's write lock from the start, so a failed
// migration leaves the database as it was and two instances starting together apply each
// migration once: the second waits, then finds nothing pending.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

// Arbitrary, fixed: the advisory lock every Recall ML instance takes to migrate a PostgreSQL database.
const POSTGRES_MIGRATION_LOCK = 720_451_117;

// The table Prisma's `migrate deploy` kept, with its columns: databases migrated before this
// runner existed carry on where they were, and `prisma migrate status` still reads it.
const SQLITE_LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
  "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const POSTGRES_LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

/**
 * @typedef {{ migration_name: string, checksum: string, finished_at: unknown, rolled_back_at: unknown }} LedgerRow
 * @typedef {{
 *   provider: "sqlite" | "postgresql",
 *   begin(): Promise<void>, commit(): Promise<void>, rollback(): Promise<void>, close(): Promise<void>,
 *   exec(sql: string): Promise<void>,
 *   ledger(): Promise<LedgerRow[]>,
 *   record(id: string, name: string, checksum: string): Promise<void>,
 * }} MigrationConnection
 */

/** @param {string} url a `file:` (SQLite, absolute path) or `postgres(ql)://` URL @returns {Promise<MigrationConnection>} */
export async function openMigrationConnection(url) {
  if (url.startsWith("file:")) return openSqlite(url.slice("file:".length));
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(":")[0]}:..."`);
}

function openSqlite(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  // A long wait: another instance may be migrating the same file.
  const db = new Database(file, { timeout: 60_000 });
  // WAL, so the app's readers never block its writer; a property of the file, set before the lock.
  db.pragma("journal_mode = WAL");
  return {
    provider: "sqlite",
    async begin() {
      db.exec("BEGIN IMMEDIATE");
      db.exec(SQLITE_LEDGER);
    },
    async commit() { db.exec("COMMIT"); },
    async rollback() { if (db.inTransaction) db.exec("ROLLBACK"); },
    async close() { db.close(); },
    async exec(sql) { db.exec(sql); },
    async ledger() {
      return db.prepare('SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"').all();
    },
    async record(id, name, checksum) {
      // In the text form Prisma's `migrate deploy` wrote.
      const now = new Date().toISOString().replace("Z", "+00:00");
      db.prepare(
        'INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count") VALUES (?, ?, ?, ?, ?, 1)',
      ).run(id, checksum, now, name, now);
    },
  };
}

async function openPostgres(url) {
  const client = await connectCreatingDatabase(url);
  return {
    provider: "postgresql",
    async begin() {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [POSTGRES_MIGRATION_LOCK]);
      await client.query(POSTGRES_LEDGER);
    },
    async commit() { await client.query("COMMIT"); },
    async rollback() { await client.query("ROLLBACK"); },
    async close() { await client.end(); },
    async exec(sql) { await client.query(sql); },
    async ledger() {
      const result = await client.query('SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"');
      return result.rows;
    },
    async record(id, name, checksum) {
      await client.query(
        'INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, now(), $3, now(), 1)',
        [id, checksum, name],
      );
    },
  };
}

// As `prisma migrate deploy` did: a database named in the URL that does not exist yet is created
// (through the server's `postgres` database, with the same credentials).
async function connectCreatingDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (error) {
    if (error?.code !== "3D000") throw error;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const adminClient = new pg.Client({ connectionString: admin.href });
  await adminClient.connect();
  try {
    await adminClient.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    // 42P04: another instance created it meanwhile.
    if (error?.code !== "42P04") throw error;
  } finally {
    await adminClient.end();
  }
  const created = new pg.Client({ connectionString: url });
  await created.connect();
  return created;
}
