import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/db";
import { migrateDatabase, migrationsDirOf, readMigrations } from "../../scripts/db/migrate.mjs";
import { readSchemaCatalog, runSqlScript } from "../support/schema-catalog";
import { createTestDb, newTestDatabase, testProvider } from "../support/test-db";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMA = testProvider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma";

/** The SQL Prisma would write to create the data model from nothing. */
function schemaScript(): string {
  return execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "diff", "--from-empty", "--to-schema-datamodel", SCHEMA, "--script"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
}

async function ledger(url: string): Promise<string[]> {
  const db = createDb(url);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>('SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name"');
    return rows.map((row) => row.migration_name);
  } finally {
    await db.$disconnect();
  }
}

describe(`migrations (${testProvider})`, () => {
  const testDb = createTestDb();
  const removals: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await testDb.close();
    for (const remove of removals) await remove();
  });
  const freshDatabase = async () => {
    const database = newTestDatabase();
    removals.push(database.remove);
    await database.create();
    return database.url;
  };
  const committed = readMigrations(migrationsDirOf(testProvider)).map((migration) => migration.name);

  it("build exactly the schema the data model describes", async () => {
    const reference = await freshDatabase();
    await runSqlScript(reference, schemaScript());
    const [migrated, expected] = await Promise.all([readSchemaCatalog(testDb.url), readSchemaCatalog(reference)]);
    expect(Object.keys(migrated)).toEqual(expect.arrayContaining(["User", "Card", "CardState", "ReviewLog", "Quiz", "ReviewDayCount"]));
    expect(migrated).toEqual(expected);
    expect(migrated.CardState.indexes.some((index) => /userId.*state.*due/.test(index))).toBe(true);
  });

  it("record every committed migration once, and a second run applies nothing", async () => {
    expect(await ledger(testDb.url)).toEqual(committed);
    expect(await migrateDatabase(testDb.url)).toEqual([]);
    expect(await ledger(testDb.url)).toEqual(committed);
  });

  it("apply each migration once when two instances start together", async () => {
    const url = await freshDatabase();
    const runOne = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, "scripts/db-migrate.mjs")], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
        child.on("exit", resolve);
      });
    expect(await Promise.all([runOne(), runOne()])).toEqual([0, 0]);
    expect(await ledger(url)).toEqual(committed);
  });

  it("leave the database as it was when a migration fails", async () => {
    const url = await freshDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "recall-migrations-"));
    cpSync(migrationsDirOf(testProvider), dir, { recursive: true });
    mkdirSync(path.join(dir, "99990101000000_broken"));
    writeFileSync(path.join(dir, "99990101000000_broken", "migration.sql"), 'CREATE TABLE "Probe" ("id" TEXT PRIMARY KEY);\nSELECT * FROM "NoSuchTable";\n');
    await expect(migrateDatabase(url, { migrationsDir: dir })).rejects.toThrow(/NoSuchTable/);
    expect(await readSchemaCatalog(url)).toEqual({});
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuse, changing nothing, a database whose applied migration was edited since", async () => {
    const url = await freshDatabase();
    await migrateDatabase(url);
    await runSqlScript(url, `UPDATE "_prisma_migrations" SET "checksum" = 'edited' WHERE "migration_name" = '${committed[1]}'`);
    const before = await readSchemaCatalog(url);
    const dir = mkdtempSync(path.join(os.tmpdir(), "recall-migrations-"));
    cpSync(migrationsDirOf(testProvider), dir, { recursive: true });
    mkdirSync(path.join(dir, "99990101000000_next"));
    writeFileSync(path.join(dir, "99990101000000_next", "migration.sql"), 'CREATE TABLE "Probe" ("id" TEXT PRIMARY KEY);\n');
    await expect(migrateDatabase(url, { migrationsDir: dir })).rejects.toThrow(`migration ${committed[1]} was edited after it was applied`);
    expect(await readSchemaCatalog(url)).toEqual(before);
    rmSync(dir, { recursive: true, force: true });
  });

  // Prisma's own `migrate deploy` still works on SQLite (not on PostgreSQL offline): databases it
  // migrated before this runner existed carry on.
  if (testProvider === "sqlite") {
    it("carry on a database that Prisma's migrate deploy migrated", async () => {
      const url = await freshDatabase();
      execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
      expect(await migrateDatabase(url)).toEqual([]);
      expect(await ledger(url)).toEqual(committed);
    });
  }
});
