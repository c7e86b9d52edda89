// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names (the
// embedded SQLite file when unset), as `npm start` does before serving. A PostgreSQL database
// that does not exist yet is created.
import { DEFAULT_DATABASE_URL, migrate } from "./runtime.mjs";

await migrate({ DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL });
