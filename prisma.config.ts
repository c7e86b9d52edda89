import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabaseUrl, sqliteFilePath } from "./lib/data/database-url";

// The schema's `url = env("DATABASE_URL")` must resolve even when nothing is configured, or
// `prisma generate` falls back to downloading a query engine.
process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL);

// The JS schema engine with a driver adapter works offline; the classic engine downloads a
// native binary on every command.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL as string;
    mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
