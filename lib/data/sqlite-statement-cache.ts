import type BetterSqlite3 from "better-sqlite3";

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;
type Columns = ReturnType<Statement["columns"]>;

interface CachedStatement {
  statement: Statement;
  /** Filled on the first call that asks for them. */
  columns: Columns | null;
}

// Prisma's better-sqlite3 adapter prepares every statement again on every call (`prepare(sql)
// .bind(args)`), which was 7% of the server's time under a load of grades: a grade runs the same
// dozen statements each time. This keeps the last MAX_STATEMENTS prepared statements per
// connection and hands the adapter a fresh binding of a cached one instead. better-sqlite3 runs a
// statement to completion before returning (the adapter never iterates), so one prepared
// statement is never in use twice at once.
const MAX_STATEMENTS = 500;

/** What the adapter calls on `prepare(sql).bind(args)`. */
class Binding {
  private args: unknown[] = [];
  constructor(private readonly cached: CachedStatement) {}
  get statement(): Statement {
    return this.cached.statement;
  }
  get reader(): boolean {
    return this.statement.reader;
  }
  bind(args: unknown[]): this {
    this.args = args;
    return this;
  }
  run() {
    return this.statement.run(this.args);
  }
  // The adapter asks for a reader's columns on every call, and better-sqlite3 builds them anew
  // each time (2.5% of the server's time under load). A prepared statement's columns are fixed:
  // the app's SQL names its columns, and a schema change comes with a restart.
  columns() {
    this.cached.columns ??= this.statement.columns();
    return this.cached.columns;
  }
  raw() {
    const statement = this.statement.raw(true);
    return { all: () => statement.all(this.args) };
  }
}

function cachePreparedStatements(db: Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, CachedStatement>();
  (db as { prepare: unknown }).prepare = (sql: string) => {
    let cached = cache.get(sql);
    if (cached) {
      // Most recently used last, so the first key is the one to evict.
      cache.delete(sql);
    } else {
      cached = { statement: prepare(sql), columns: null };
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, cached);
    return new Binding(cached);
  };
}

/** The adapter factory, with a prepared-statement cache on each connection it opens. */
export function withStatementCache<Factory extends { connect(): Promise<object> }>(factory: Factory): Factory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // @prisma/adapter-better-sqlite3 6.19.3 (pinned) keeps its connection as `client`; an adapter
    // without one is used as it is, and tests/data/sqlite-statement-cache.test.ts fails.
    const client = (adapter as { client?: Database }).client;
    if (client && typeof client.prepare === "function") cachePreparedStatements(client);
    return adapter;
  };
  return factory;
}
