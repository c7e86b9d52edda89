import { readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/test-db";

describe("migrations", () => {
  const testDb = createTestDb();
  afterAll(() => testDb.close());

  it("apply from an empty file and create every table", () => {
    const sqlite = new Database(testDb.url.slice("file:".length), { readonly: true });
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    const applied = sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL").all();
    sqlite.close();

    expect(tables).toEqual(
      expect.arrayContaining(["User", "UserSettings", "OAuthAccount", "SignInFailure", "Card", "CardState", "ReviewLog"]),
    );
    const committed = readdirSync(path.resolve(__dirname, "../../prisma/migrations"), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory(),
    );
    expect(applied).toHaveLength(committed.length);
  });

  it("index the per-review queries by user and due date", () => {
    const sqlite = new Database(testDb.url.slice("file:".length), { readonly: true });
    const indexes = sqlite
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'CardState'")
      .all()
      .map((row) => (row as { sql: string }).sql);
    sqlite.close();
    expect(indexes.some((sql) => /\("userId", "state", "due"\)/.test(sql))).toBe(true);
  });
});
