import { Prisma } from "./generated/prisma/client";
import type { DatabaseProvider } from "./database-url";

// Raw SQL on Prisma's own driver adapter, for the statements every grade and quiz answer runs.
// Through the client, even a raw statement is a request that its query compiler (WebAssembly)
// plans and its interpreter runs: measured in process on SQLite, 220 us for SELECT 1 and 1.7 ms
// for the review queue's statement (37 parameters) whose own work is 0.5 ms, and an interactive
// transaction 280 us more. Here the same portable SQL (Prisma.sql fragments) goes straight to the
// adapter instance the client uses (the same better-sqlite3 connection and its transaction lock,
// or the same pg pool), and rows come back exactly as $queryRaw gives them.

/** What the hot paths need of a database: raw statements. A Prisma client or transaction is one too. */
export interface RawQueryable {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
}

/** The part of a @prisma/driver-adapter-utils SqlQueryable used here (typed structurally: it is not a direct dependency). */
interface AdapterQuery {
  sql: string;
  args: unknown[];
  argTypes: { scalarType: string; arity: "scalar" | "list" }[];
}
interface AdapterQueryable {
  queryRaw(query: AdapterQuery): Promise<{ columnNames: string[]; columnTypes: number[]; rows: unknown[][] }>;
  executeRaw(query: AdapterQuery): Promise<number>;
}
interface AdapterTransaction extends AdapterQueryable {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}
export interface ConnectedAdapter extends AdapterQueryable {
  startTransaction(isolationLevel?: string): Promise<AdapterTransaction>;
}

/** The adapter a client was given, recorded when the client connects it (see createDb). */
export interface AdapterHandle {
  provider: DatabaseProvider;
  current: ConnectedAdapter | null;
  connect(): Promise<void>;
}

// On globalThis: Next bundles this module into each route and page chunk separately, and a page
// asks for the adapter of the client getDb made in another chunk.
const globalForHandles = globalThis as unknown as { recallAdapterHandles?: WeakMap<object, AdapterHandle> };
const handles = (globalForHandles.recallAdapterHandles ??= new WeakMap<object, AdapterHandle>());

/** Wraps an adapter factory so that the adapter the client connects is recorded in `handle`. */
export function recordingAdapter<Factory extends { connect(): Promise<object> }>(factory: Factory, handle: Omit<AdapterHandle, "connect">): Factory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as ConnectedAdapter & { dispose?: () => Promise<void> };
    handle.current = adapter;
    // $disconnect disposes the adapter; the next statement connects the client again.
    const dispose = adapter.dispose?.bind(adapter);
    if (dispose) {
      adapter.dispose = async () => {
        if (handle.current === adapter) handle.current = null;
        await dispose();
      };
    }
    return adapter;
  };
  return factory;
}

export function registerAdapter(client: object, handle: AdapterHandle): void {
  handles.set(client, handle);
}

// @prisma/driver-adapter-utils ColumnTypeEnum (6.19): the types whose values $queryRaw converts.
const INT32 = 0;
const INT64 = 1;
const NUMERIC = 4;
const BOOLEAN = 5;
const DATE = 8;
const DATETIME = 10;
const JSON_TYPE = 11;

/** A value as $queryRaw returns it (the client's serializeRawValue then deserializeRawResult). */
function clientValue(value: unknown, type: number): unknown {
  if (value === null) return null;
  switch (type) {
    case INT32:
      return Math.trunc(Number(value));
    case INT64:
      return typeof value === "number" ? BigInt(Math.trunc(value)) : BigInt(value as string);
    case NUMERIC:
      return Number(value);
    case BOOLEAN:
      return typeof value === "boolean" ? value : value === "true" || value === "1" || value === 1;
    case DATE:
    case DATETIME:
      return new Date(value as string);
    case JSON_TYPE:
      return typeof value === "string" ? JSON.parse(value) : value;
    default:
      return value;
  }
}

const SCALAR = { scalarType: "unknown", arity: "scalar" } as const;

/**
 * A DriverAdapterError as the client reports it: the hot paths recognise a unique violation
 * (P2002) and a write conflict (P2034) by code, as write-races.ts does for the client's errors.
 */
function asClientError(error: unknown): unknown {
  const cause = (error as { name?: string; cause?: { kind?: string } })?.cause;
  if ((error as { name?: string })?.name !== "DriverAdapterError" || !cause) return error;
  const code = cause.kind === "UniqueConstraintViolation" ? "P2002" : cause.kind === "TransactionWriteConflict" ? "P2034" : undefined;
  if (code) Object.assign(error as object, { code });
  return error;
}

class AdapterSql implements RawQueryable {
  constructor(
    private readonly provider: DatabaseProvider,
    private readonly queryable: () => Promise<AdapterQueryable>,
  ) {}

  private toQuery(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): AdapterQuery {
    // A tagged template's strings are an array; anything else is a Prisma.Sql (not checked with
    // instanceof: another chunk's copy of the client makes its own Sql class).
    const sql = Array.isArray(query) ? Prisma.sql(query as TemplateStringsArray, ...values) : (query as Prisma.Sql);
    return { sql: this.provider === "postgresql" ? sql.text : sql.sql, args: sql.values, argTypes: sql.values.map(() => SCALAR) };
  }

  async $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> {
    const request = this.toQuery(query, values);
    const result = await (await this.queryable()).queryRaw(request).catch((error: unknown) => Promise.reject(asClientError(error)));
    const { columnNames, columnTypes } = result;
    return result.rows.map((row) => {
      const object: Record<string, unknown> = {};
      for (let i = 0; i < columnNames.length; i++) object[columnNames[i]] = clientValue(row[i], columnTypes[i]);
      return object;
    }) as T;
  }

  async $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number> {
    const request = this.toQuery(query, values);
    return (await this.queryable()).executeRaw(request).catch((error: unknown) => Promise.reject(asClientError(error)));
  }
}

const NO_ARGS = { args: [], argTypes: [] };

function handleOf(db: object): AdapterHandle {
  const handle = handles.get(db);
  if (!handle) throw new Error("This database client was not opened by createDb, so it has no recorded adapter.");
  return handle;
}

async function adapterOf(handle: AdapterHandle): Promise<ConnectedAdapter> {
  if (!handle.current) await handle.connect();
  if (!handle.current) throw new Error("The database adapter did not connect.");
  return handle.current;
}

/** Raw statements on the client's adapter, outside any transaction. */
export function directSql(db: object): RawQueryable {
  const handle = handleOf(db);
  return new AdapterSql(handle.provider, () => adapterOf(handle));
}

/** As the client's transactions (db.ts): a request waits this long for a connection or the SQLite lock, then fails. */
const TRANSACTION_MAX_WAIT_MS = 10_000;

async function startWithin(adapter: ConnectedAdapter, maxWaitMs: number): Promise<AdapterTransaction> {
  const starting = adapter.startTransaction();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No database connection came free within ${maxWaitMs / 1000} s.`)), maxWaitMs);
  });
  try {
    return await Promise.race([starting, timedOut]);
  } catch (error) {
    // A transaction that starts after the wait gave up is ended at once, so it holds nothing.
    void starting.then((late) => late.executeRaw({ sql: "ROLLBACK", ...NO_ARGS }).finally(() => late.rollback())).catch(() => {});
    throw asClientError(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `work` in one transaction on the client's adapter: BEGIN, the statements, COMMIT; ROLLBACK
 * when anything throws (the error is rethrown). On SQLite the adapter's lock queues it behind any
 * other transaction of this process, the client's included, as the client's own transactions are.
 */
export async function directTransaction<T>(
  db: object,
  work: (tx: RawQueryable) => Promise<T>,
  options: { maxWaitMs?: number } = {},
): Promise<T> {
  const handle = handleOf(db);
  const adapter = await adapterOf(handle);
  const transaction = await startWithin(adapter, options.maxWaitMs ?? TRANSACTION_MAX_WAIT_MS);
  let result: T;
  try {
    result = await work(new AdapterSql(handle.provider, async () => transaction));
    await transaction.executeRaw({ sql: "COMMIT", ...NO_ARGS });
  } catch (error) {
    try {
      await transaction.executeRaw({ sql: "ROLLBACK", ...NO_ARGS });
    } catch {
      // The transaction is gone already (a failed COMMIT ends it on both databases).
    } finally {
      await transaction.rollback();
    }
    throw asClientError(error);
  }
  await transaction.commit();
  return result;
}
