import path from "node:path";

/** Where the embedded default keeps its files (database, generated auth secret). */
export const DATA_DIR = path.resolve(process.cwd(), "data");

export const DEFAULT_DATABASE_URL = `file:${path.join(DATA_DIR, "recall.db")}`;

/** Connections each app process keeps to PostgreSQL (RECALL_DB_POOL_SIZE); see the README. */
export const DEFAULT_POOL_SIZE = 10;

export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * The database URL in effect: `DATABASE_URL` when set and non-empty, else the embedded SQLite file.
 * Relative SQLite paths are made absolute so every tool (Prisma CLI, app, tests) opens the same file.
 */
export function resolveDatabaseUrl(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) return DEFAULT_DATABASE_URL;
  if (value.startsWith("file:")) {
    const filePath = value.slice("file:".length);
    return filePath === ":memory:" ? value : `file:${path.resolve(filePath)}`;
  }
  return value;
}

export function databaseProviderOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(":")[0]}:..."`,
  );
}

export function sqliteFilePath(url: string): string {
  return url.slice("file:".length);
}
