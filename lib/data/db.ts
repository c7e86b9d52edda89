import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { databaseProviderOf, sqliteFilePath } from "./database-url";

export type Db = PrismaClient;

/** Opens a client for a database URL. Tests use this directly with a throwaway file. */
export function createDb(databaseUrl: string): Db {
  const provider = databaseProviderOf(databaseUrl);
  if (provider !== "sqlite") {
    throw new Error("PostgreSQL is not supported by this build yet; use a file: DATABASE_URL (see README).");
  }
  // busy timeout: several app processes may share one SQLite file; wait for the writer instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(databaseUrl)}`, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { recallDb?: Db; recallDbUrl?: string };

/** The process-wide client for the configured database (kept on globalThis across dev reloads). */
export function getDb(databaseUrl: string): Db {
  if (!globalForDb.recallDb || globalForDb.recallDbUrl !== databaseUrl) {
    globalForDb.recallDb = createDb(databaseUrl);
    globalForDb.recallDbUrl = databaseUrl;
  }
  return globalForDb.recallDb;
}

/** A client inside `db.$transaction(async (tx) => ...)`; helpers that run in either take `Queryable`. */
export type Tx = Prisma.TransactionClient;
export type Queryable = Db | Tx;
