// `npm run db:check` (part of `npm test`): fails when the PostgreSQL schema or migrations are out
// of step with prisma/schema.prisma and its SQLite migrations. That the migrations of each
// provider build exactly its schema is proven against a live database by tests/data/migrations.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { migrationsDirOf, readMigrations } from "./migrate.mjs";
import { POSTGRES_SCHEMA_PATH, postgresSchemaOf } from "./postgres-schema.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const problems = [];

if (postgresSchemaOf(readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8")) !== readFileSync(path.join(ROOT, POSTGRES_SCHEMA_PATH), "utf8")) {
  problems.push(`${POSTGRES_SCHEMA_PATH} is not what prisma/schema.prisma derives`);
}
const sqlite = readMigrations(migrationsDirOf("sqlite")).map((migration) => migration.name);
const postgres = readMigrations(migrationsDirOf("postgresql")).map((migration) => migration.name);
for (const name of sqlite.filter((name) => !postgres.includes(name))) problems.push(`SQLite migration ${name} has no PostgreSQL counterpart`);
for (const name of postgres.filter((name) => !sqlite.includes(name))) problems.push(`PostgreSQL migration ${name} has no SQLite counterpart`);

if (problems.length > 0) {
  console.error(`db:check: ${problems.join("; ")}. Run \`npm run db:derive-postgres\` (README, Changing the data model).`);
  process.exit(1);
}
console.log(`db:check: the PostgreSQL schema and its ${postgres.length} migrations match prisma/schema.prisma`);
