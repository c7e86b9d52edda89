import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/db";
import { withStatementCache } from "@/lib/data/sqlite-statement-cache";
import { migrateDatabase } from "../support/test-database";

// SQLite only, whichever database the suite runs on: the cache sits under the SQLite adapter.
describe("the SQLite prepared-statement cache", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-statements-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is installed on the pinned adapter's connection, so a repeated statement is prepared once", async () => {
    const file = path.join(dir, "adapter.db");
    const adapter = await withStatementCache(new PrismaBetterSQLite3({ url: `file:${file}` })).connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const first = client.prepare("SELECT ? AS value") as unknown as { statement: unknown };
    const second = client.prepare("SELECT ? AS value") as unknown as { statement: unknown };
    expect(first.statement).toBeDefined();
    expect(second.statement).toBe(first.statement);
    await adapter.dispose();
  });

  it("answers each call with its own arguments, reads and writes alike", async () => {
    const file = path.join(dir, "queries.db");
    const db = new Database(file);
    db.exec('CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT)');
    db.close();
    const adapter = await withStatementCache(new PrismaBetterSQLite3({ url: `file:${file}` })).connect();
    const argTypes = [{ scalarType: "int", arity: "scalar" }, { scalarType: "string", arity: "scalar" }] as never;
    for (let id = 1; id <= 3; id++) {
      await adapter.executeRaw({ sql: 'INSERT INTO "T" ("id", "name") VALUES (?, ?)', args: [id, `name-${id}`], argTypes });
    }
    for (let id = 3; id >= 1; id--) {
      const result = await adapter.queryRaw({ sql: 'SELECT "name" FROM "T" WHERE "id" = ?', args: [id], argTypes: [argTypes[0]] as never });
      expect(result.rows).toEqual([[`name-${id}`]]);
    }
    await adapter.dispose();
  });

  it("serves the app's client: a migrated database reads and writes through it", async () => {
    const url = `file:${path.join(dir, "app.db")}`;
    migrateDatabase(url);
    const db = createDb(url);
    for (let i = 0; i < 3; i++) await db.user.create({ data: { email: `cache${i}@example.com`, name: `Cache ${i}` } });
    for (let i = 0; i < 3; i++) expect((await db.user.findUnique({ where: { email: `cache${i}@example.com` } }))?.name).toBe(`Cache ${i}`);
    await db.$disconnect();
  });
});
