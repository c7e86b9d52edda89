import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/data/db";

const ROOT = path.resolve(__dirname, "../..");

export interface TestDb {
  db: Db;
  url: string;
  dir: string;
  /** Opens a second, independent client on the same file, as another app instance would. */
  openAnother(): Db;
  close(): Promise<void>;
}

/** Applies the committed migrations to a database URL with the same command `npm start` uses. */
export function migrateDatabase(url: string): string {
  return execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
}

/** A fresh, migrated SQLite file in a temporary directory, removed on close. */
export function createTestDb(): TestDb {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateDatabase(url);
  const clients: Db[] = [createDb(url)];
  return {
    db: clients[0],
    url,
    dir,
    openAnother() {
      const client = createDb(url);
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.$disconnect()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
