// The PostgreSQL data model is derived from prisma/schema.prisma, the one source of truth: the
// same models with the postgresql provider and a client generated beside the SQLite one. The
// schema keeps to portable types (no @db attributes), so nothing else needs translating.

export const POSTGRES_SCHEMA_PATH = "prisma/postgresql/schema.prisma";
export const POSTGRES_MIGRATIONS_PATH = "prisma/postgresql/migrations";
export const SQLITE_MIGRATIONS_PATH = "prisma/migrations";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:derive-postgres\`: do not edit by hand.
// \`npm run db:check\` (part of \`npm test\`) fails when this file or its migrations are out of date.
`;

/** The PostgreSQL schema for a SQLite schema text. Throws on what cannot be carried over as is. */
export function postgresSchemaOf(sqliteSchema) {
  if (/@db\./.test(sqliteSchema)) throw new Error("prisma/schema.prisma uses a provider-specific @db type; keep the model portable.");
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=(\s*)"\.\.\/lib\/data\/generated\/prisma"/, 'output$1=$2"../../lib/data/generated/prisma-postgresql"');
  if (!replaced.includes('provider = "postgresql"') || !replaced.includes("prisma-postgresql")) {
    throw new Error('prisma/schema.prisma no longer has the datasource provider "sqlite" or the client output this script expects.');
  }
  return HEADER + replaced;
}
