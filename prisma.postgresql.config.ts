import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI's view of the PostgreSQL schema, derived from prisma/schema.prisma (see
// scripts/db/postgres-schema.mjs). Used to generate its client and to diff its migrations; neither
// connects, so a placeholder URL stands in when DATABASE_URL names no PostgreSQL database.
// Migrations are applied by scripts/db/migrate.mjs, not by `prisma migrate deploy`, which fails
// against PostgreSQL offline.
if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) process.env.DATABASE_URL = "postgresql://localhost/recall";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgresql", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL as string });
  },
});
