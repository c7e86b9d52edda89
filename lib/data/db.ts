import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgresql/client";
import { databaseProviderOf, DEFAULT_POOL_SIZE, sqliteFilePath } from "./database-url";
import { withStatementCache } from "./sqlite-statement-cache";
import { recordingAdapter, registerAdapter, type AdapterHandle } from "./direct-sql";

/**
 * The client type the data layer is written against. Both generated clients come from one data
 * model (prisma/postgresql/schema.prisma is derived from prisma/schema.prisma), so they have the
 * same models and methods; the SQLite client's type is used for both, which also keeps code off
 * PostgreSQL-only query options.
 */
export type Db = PrismaClient;

export interface DbOptions {
  poolSize?: number;
}

/**
 * How long a transaction may wait for a connection, and run. Prisma's defaults (2 s, 5 s) turn a
 * burst into errors: under saturation on PostgreSQL, with 200 requests in flight and 10
 * connections, a grade waited more than 2 s for its connection and failed with a 500. A request
 * that waits is slow, not failed; one still waiting after 10 s fails as before.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

/** Opens a client for a database URL. Tests use this directly with a throwaway database. */
export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const provider = databaseProviderOf(databaseUrl);
  const handle: AdapterHandle = { provider, current: null, connect: async () => {} };
  let client: Db;
  if (provider === "postgresql") {
    const adapter = recordingAdapter(new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? DEFAULT_POOL_SIZE }), handle);
    client = new PostgresPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
  } else {
    // busy timeout: several app processes may share one SQLite file; wait for the writer instead of failing.
    const adapter = recordingAdapter(withStatementCache(new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(databaseUrl)}`, timeout: 5000 })), handle);
    client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  }
  // directSql and directTransaction run statements on the adapter the client connects.
  handle.connect = () => client.$connect();
  registerAdapter(client, handle);
  return client;
}

const globalForDb = globalThis as unknown as { recallDb?: Db; recallDbUrl?: string };

/** The process-wide client for the configured database (kept on globalThis across dev reloads). */
export function getDb(databaseUrl: string, options: DbOptions = {}): Db {
  if (!globalForDb.recallDb || globalForDb.recallDbUrl !== databaseUrl) {
    globalForDb.recallDb = createDb(databaseUrl, options);
    globalForDb.recallDbUrl = databaseUrl;
  }
  return globalForDb.recallDb;
}

/** A client inside `db.$transaction(async (tx) => ...)`; helpers that run in either take `Queryable`. */
export type Tx = Prisma.TransactionClient;
export type Queryable = Db | Tx;
