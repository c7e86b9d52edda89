// `npm run db:migrate`: applies the committed SQL migrations to the database DATABASE_URL names
// (SQLite: prisma/migrations, PostgreSQL: prisma/postgresql/migrations) with umzug, recording each
// in Prisma's `_prisma_migrations` table. `npm start` and `npm run dev` run it first.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Umzug } from "umzug";
import { openMigrationConnection } from "./migration-connection.mjs";
import { POSTGRES_MIGRATIONS_PATH, SQLITE_MIGRATIONS_PATH } from "./postgres-schema.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** The committed migrations folder of a provider. */
export function migrationsDirOf(provider) {
  return path.join(ROOT, provider === "sqlite" ? SQLITE_MIGRATIONS_PATH : POSTGRES_MIGRATIONS_PATH);
}

/** The migrations in a folder, oldest first, with Prisma's checksum (sha256 of the file). */
export function readMigrations(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies the pending migrations in one transaction (see migration-connection.mjs) and returns
 * their names. Refuses, changing nothing, a database whose applied migrations were edited since,
 * failed half-way under an earlier runner, or come from a newer version of the app.
 * `migrationsDir` replaces the committed folder (tests).
 * @param {string} url @param {{ log?: (line: string) => void, migrationsDir?: string }} [options]
 */
export async function migrateDatabase(url, { log = () => {}, migrationsDir } = {}) {
  const connection = await openMigrationConnection(url);
  try {
    await connection.begin();
    const migrations = readMigrations(migrationsDir ?? migrationsDirOf(connection.provider));
    const applied = await checkLedger(await connection.ledger(), migrations);
    const umzug = new Umzug({
      migrations: migrations.map((migration) => ({
        name: migration.name,
        up: async () => {
          await connection.exec(migration.sql);
          await connection.record(randomUUID(), migration.name, migration.checksum);
        },
      })),
      storage: {
        executed: async () => applied,
        logMigration: async () => {},
        unlogMigration: async () => { throw new Error("migrations are never reverted"); },
      },
      logger: undefined,
    });
    const ran = await umzug.up();
    await connection.commit();
    for (const { name } of ran) log(`applied ${name}`);
    return ran.map(({ name }) => name);
  } catch (error) {
    await connection.rollback().catch(() => {});
    throw error;
  } finally {
    await connection.close();
  }
}

async function checkLedger(rows, migrations) {
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  const applied = [];
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at === null) {
      throw new Error(`migration ${row.migration_name} started but never finished (an earlier run failed); repair the database, then delete its row from _prisma_migrations`);
    }
    const migration = byName.get(row.migration_name);
    if (!migration) throw new Error(`the database has migration ${row.migration_name}, which this version does not know: it was migrated by a newer Recall ML`);
    if (migration.checksum !== row.checksum) throw new Error(`migration ${row.migration_name} was edited after it was applied; restore the committed file`);
    applied.push(row.migration_name);
  }
  return applied;
}
