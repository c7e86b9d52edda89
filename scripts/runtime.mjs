// Shared start-up steps for `npm start` and `npm run dev`: configuration defaults for the embedded
// mode, the generated auth secret and migrations. Plain Node so it runs before
// anything is built.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withHeapLimit } from "./heap-limit.mjs";
import { migrateDatabase } from "./db/migrate.mjs";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const DATA_DIR = path.join(ROOT, "data");
export const DEFAULT_DATABASE_URL = `file:${path.join(DATA_DIR, "recall.db")}`;

export function fail(message) {
  console.error(`recall-ml: ${message}`);
  process.exit(1);
}

export function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) fail(`${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

export function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/** The environment the app runs with: user settings first, embedded defaults for the rest. */
export function runtimeEnv({ port }) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of Object.keys(env)) if (env[key] === "") delete env[key];

  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    fail("NODE_ENV=production requires NEXTAUTH_SECRET (generate one with: openssl rand -base64 32).");
  }
  mkdirSync(DATA_DIR, { recursive: true });
  env.NEXTAUTH_SECRET ??= embeddedSecret();
  env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  env.NODE_OPTIONS = withHeapLimit(env.NODE_OPTIONS, env.RECALL_MAX_HEAP_MB);
  return env;
}

// Generated once and kept beside the database so sessions survive restarts with zero configuration.
function embeddedSecret() {
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  return readFileSync(file, "utf8").trim();
}

/** Applies the committed migrations (scripts/db/migrate.mjs) to the configured database. */
export async function migrate(env) {
  try {
    const ran = await migrateDatabase(databaseUrlOf(env), { log: (line) => console.log(`recall-ml: ${line}`) });
    if (ran.length === 0) console.log("recall-ml: the database schema is up to date");
  } catch (error) {
    fail(`migration failed, nothing was changed: ${error instanceof Error ? error.message : error}`);
  }
}

/** DATABASE_URL with a relative SQLite path made absolute against the project folder. */
export function databaseUrlOf(env) {
  const url = env.DATABASE_URL;
  return url.startsWith("file:") ? `file:${path.resolve(ROOT, url.slice("file:".length))}` : url;
}

/** Upserts the cards and quiz items generated from content/ (idempotent). */
export function syncContent(env) {
  run(bin("tsx"), ["scripts/content-sync.ts"], env);
}

/** Builds the mastery aggregates of history written before they existed (idempotent). */
export function backfillMastery(env) {
  run(bin("tsx"), ["scripts/mastery-backfill.ts"], env);
}
