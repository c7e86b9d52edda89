// `npm run db:derive-postgres`: after a SQLite migration is added for a change to
// prisma/schema.prisma, writes the PostgreSQL schema and the PostgreSQL migration of the same name
// (Prisma's diff from the previous PostgreSQL schema), then regenerates the PostgreSQL client.
// Hand-written data statements in the SQLite migration need their portable form added by hand.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrationsDirOf, readMigrations } from "./migrate.mjs";
import { POSTGRES_SCHEMA_PATH, postgresSchemaOf } from "./postgres-schema.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const prisma = (args) => execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

const derived = postgresSchemaOf(readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8"));
const current = readFileSync(path.join(ROOT, POSTGRES_SCHEMA_PATH), "utf8");
const postgresNames = new Set(readMigrations(migrationsDirOf("postgresql")).map((migration) => migration.name));
const missing = readMigrations(migrationsDirOf("sqlite")).map((migration) => migration.name).filter((name) => !postgresNames.has(name));

if (missing.length > 1) {
  console.error(`recall-ml: several SQLite migrations lack a PostgreSQL one (${missing.join(", ")}); derive after each, from the schema it was made for.`);
  process.exit(1);
}
if (derived === current && missing.length === 0) {
  console.log("recall-ml: the PostgreSQL schema and migrations are up to date");
  process.exit(0);
}
const next = path.join(mkdtempSync(path.join(os.tmpdir(), "recall-pg-schema-")), "schema.prisma");
writeFileSync(next, derived);
// Diffing two schema files needs no database: the SQL dialect follows the files' provider.
const sql = prisma(["migrate", "diff", "--from-schema-datamodel", POSTGRES_SCHEMA_PATH, "--to-schema-datamodel", next, "--script"]);
const changesTables = !sql.includes("This is an empty migration");
if (missing.length === 0) {
  if (changesTables) {
    console.error("recall-ml: prisma/schema.prisma changes the tables but has no new SQLite migration: create that first (see README, Changing the data model).");
    process.exit(1);
  }
  // Comments or formatting only: the schema follows, no migration.
  writeFileSync(path.join(ROOT, POSTGRES_SCHEMA_PATH), derived);
  prisma(["generate", "--config", "prisma.postgresql.config.ts"]);
  console.log(`recall-ml: wrote ${POSTGRES_SCHEMA_PATH} (no table changes, so no migration)`);
  process.exit(0);
}

const [name] = missing;
mkdirSync(path.join(migrationsDirOf("postgresql"), name), { recursive: true });
writeFileSync(path.join(migrationsDirOf("postgresql"), name, "migration.sql"), sql);
writeFileSync(path.join(ROOT, POSTGRES_SCHEMA_PATH), derived);
prisma(["generate", "--config", "prisma.postgresql.config.ts"]);
console.log(`recall-ml: wrote ${POSTGRES_SCHEMA_PATH} and prisma/postgresql/migrations/${name}/migration.sql`);
