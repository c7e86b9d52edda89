import Database from "better-sqlite3";
import pg from "pg";

/**
 * What a database's schema is, in a form two databases can be compared by: per table, its
 * columns (sorted by name, so a column added later by ALTER TABLE compares equal to one created
 * with the table), indexes and constraints. Prisma's migration ledger is left out.
 */
export type SchemaCatalog = Record<string, { columns: string[]; indexes: string[]; constraints: string[] }>;

export async function readSchemaCatalog(url: string): Promise<SchemaCatalog> {
  return url.startsWith("file:") ? readSqliteCatalog(url.slice("file:".length)) : readPostgresCatalog(url);
}

/** Runs a multi-statement SQL script (e.g. `prisma migrate diff --script`) on a database. */
export async function runSqlScript(url: string, sql: string): Promise<void> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  await withPostgres(url, (client) => client.query(sql));
}

const LEDGER = "_prisma_migrations";

function readSqliteCatalog(file: string): SchemaCatalog {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name")
      .all(LEDGER) as { name: string }[];
    const catalog: SchemaCatalog = {};
    for (const { name } of tables) {
      const columns = (db.pragma(`table_xinfo("${name}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]).map(
        (column) => `${column.name} ${column.type}${column.notnull ? " NOT NULL" : ""}${column.dflt_value === null ? "" : ` DEFAULT ${column.dflt_value}`}${column.pk ? " PK" : ""}`,
      );
      const indexes = (db.pragma(`index_list("${name}")`) as { name: string; unique: number }[]).map((index) => {
        const keys = (db.pragma(`index_info("${index.name}")`) as { name: string }[]).map((key) => key.name);
        return `${index.name}${index.unique ? " UNIQUE" : ""} (${keys.join(", ")})`;
      });
      const constraints = (db.pragma(`foreign_key_list("${name}")`) as { from: string; table: string; to: string; on_update: string; on_delete: string }[]).map(
        (key) => `FK ${key.from} -> ${key.table}.${key.to} ON UPDATE ${key.on_update} ON DELETE ${key.on_delete}`,
      );
      catalog[name] = { columns: columns.sort(), indexes: indexes.sort(), constraints: constraints.sort() };
    }
    return catalog;
  } finally {
    db.close();
  }
}

async function readPostgresCatalog(url: string): Promise<SchemaCatalog> {
  return withPostgres(url, async (client) => {
    const columns = await client.query<{ table_name: string; column: string }>(
      `SELECT table_name, column_name || ' ' || data_type || COALESCE('(' || datetime_precision || ')', '') ||
         CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || column_default, '') AS column
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> $1`,
      [LEDGER],
    );
    const indexes = await client.query<{ tablename: string; indexdef: string }>(
      "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1",
      [LEDGER],
    );
    const constraints = await client.query<{ table_name: string; definition: string }>(
      `SELECT t.relname AS table_name, c.conname || ' ' || pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> $1`,
      [LEDGER],
    );
    const catalog: SchemaCatalog = {};
    const tableOf = (name: string) => (catalog[name] ??= { columns: [], indexes: [], constraints: [] });
    for (const row of columns.rows) tableOf(row.table_name).columns.push(row.column);
    for (const row of indexes.rows) tableOf(row.tablename).indexes.push(row.indexdef);
    for (const row of constraints.rows) tableOf(row.table_name).constraints.push(row.definition);
    for (const table of Object.values(catalog)) for (const list of Object.values(table)) list.sort();
    return Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}

async function withPostgres<T>(url: string, query: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}
