// `npm start`: migrate, build when the build is missing or stale, then serve.
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { backfillMastery, bin, migrate, ROOT, run, runtimeEnv, syncContent } from "./runtime.mjs";

const port = process.env.PORT || "3000";
const env = runtimeEnv({ port });
await migrate(env);
syncContent(env);
backfillMastery(env);

const stamp = path.join(ROOT, ".next", "recall-source-hash");
const sourceHash = hashSources();
if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== sourceHash) {
  console.log("recall-ml: building (the build is missing or older than the source)...");
  // The build keeps Node's own heap size: the server's limit is for serving.
  run(bin("next"), ["build"], { ...env, NODE_OPTIONS: process.env.NODE_OPTIONS ?? "", NODE_ENV: "production" });
  writeFileSync(stamp, sourceHash);
}

const server = spawn(bin("next"), ["start", "--port", port, ...(process.env.HOSTNAME ? ["--hostname", process.env.HOSTNAME] : [])], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// What a build depends on: the app's own source and configuration, not data/ or node_modules/.
function hashSources() {
  const hash = createHash("sha256");
  const roots = ["app", "lib", "proxy.ts", "instrumentation.ts", "next.config.js", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
  for (const file of roots.flatMap((entry) => walk(path.join(ROOT, entry))).sort()) {
    hash.update(path.relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function walk(target) {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target).flatMap((name) => walk(path.join(target, name)));
}
