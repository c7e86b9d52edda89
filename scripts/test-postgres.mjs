// `npm run test:postgres`: the integration and end-to-end suites again, on PostgreSQL. Starts a
// throwaway cluster (scripts/db/throwaway-postgres.mjs) under .postgres-test/, gives each test
// file its own database in it, and stops it however the run ends.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { bin, ROOT } from "./runtime.mjs";
import { startThrowawayPostgres } from "./db/throwaway-postgres.mjs";

const projects = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["integration", "e2e"];
// No fsync: nothing in a test cluster is kept, and the suites time correctness, not the disk.
const cluster = await startThrowawayPostgres({ dir: path.join(ROOT, ".postgres-test"), durable: false });
// Ctrl-C reaches vitest too; once it exits, the cluster is stopped below instead of left running.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
let status = 1;
try {
  console.log(`test:postgres: PostgreSQL on 127.0.0.1:${cluster.port}`);
  const env = { ...process.env, RECALL_TEST_POSTGRES_URL: cluster.url };
  status = 0;
  for (const project of projects) {
    const result = spawnSync(bin("vitest"), ["run", "--project", project], { cwd: ROOT, env, stdio: "inherit" });
    if (result.status !== 0) {
      status = result.status ?? 1;
      break;
    }
  }
} finally {
  cluster.stop();
}
process.exit(status);
