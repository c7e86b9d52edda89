// `npm run bench` (mastery part): one user with 10,000 cards and 1,000,000 review logs spread over
// 365 days on SQLite. Prints the /mastery server data time (median, p95), the review-log CSV export
// of all 1,000,000 logs (time and peak RSS growth) and the time to rebuild the aggregates from the
// logs (what an import or the start-up backfill costs). Each part runs in its own process.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../../lib/data/db";
import { createUser } from "../../lib/data/users";
import { materializeCardStates } from "../../lib/data/review/materialize-card-states";
import { CARD_COUNT, LOG_COUNT } from "./seed-bench-db";
import { withHeapLimit } from "../heap-limit.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NOW = Date.parse("2026-11-25T10:00:00Z");
// Each part runs with the heap limit `npm start` gives the server: V8's collection pace, and so the
// export's peak memory, depends on it.
const SERVER_NODE_OPTIONS = withHeapLimit(process.env.NODE_OPTIONS, process.env.RECALL_MAX_HEAP_MB);
const tsx = (script: string, args: string[]) =>
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--expose-gc", path.join(ROOT, "scripts/bench", script), ...args], {
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: SERVER_NODE_OPTIONS },
  });

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-mastery-bench-"));
  try {
    const file = path.join(dir, "bench.db");
    const url = `file:${file}`;
    execFileSync(process.execPath, [path.join(ROOT, "scripts/db-migrate.mjs")], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
    const setup = createDb(url);
    const user = await createUser(setup, { email: "bench@example.com", name: "Bench", passwordHash: null, timezone: "UTC" });
    await setup.$disconnect();

    const seedStarted = performance.now();
    tsx("seed-bench-db.ts", [file, user.id, String(NOW), "365"]);
    const materialize = createDb(url);
    await materializeCardStates(materialize, user.id, null, new Date(NOW));
    await materialize.$disconnect();
    console.log(`seeded ${CARD_COUNT.toLocaleString("en")} cards and ${LOG_COUNT.toLocaleString("en")} review logs over 365 days in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    if (process.env.MASTERY_BENCH_KEEP) console.log(`user ${user.id}`);
    console.log(`server Node options, as npm start sets them: ${SERVER_NODE_OPTIONS}`);
    tsx("mastery-bench-csv.ts", [url, user.id]);
    tsx("mastery-bench-rebuild.ts", [url, user.id, String(NOW)]);
    tsx("mastery-bench-dashboard.ts", [url, user.id, String(NOW)]);
  } finally {
    // MASTERY_BENCH_KEEP=1 keeps the seeded database for profiling.
    if (process.env.MASTERY_BENCH_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
