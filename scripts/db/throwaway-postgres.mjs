// A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, a data
// directory under the project folder, 127.0.0.1 and a free port of its own, password auth as in
// production. As root (CI), the server runs as the `postgres` user, since initdb refuses root.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../free-port.mjs";

const BIN = process.env.RECALL_POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export function isPostgresInstalled() {
  return existsSync(path.join(BIN, "initdb")) && existsSync(path.join(BIN, "pg_ctl"));
}

/**
 * Starts a fresh cluster in `dir` (removed first) and returns its admin URL and a stop function.
 * `durable: false` turns off fsync and synchronous commit: fine for a test run nobody keeps, wrong
 * for any figure that claims what a real server does.
 * @param {{ dir: string, durable?: boolean }} options
 */
export async function startThrowawayPostgres({ dir, durable = true }) {
  if (!isPostgresInstalled()) throw new Error(`PostgreSQL server binaries not found in ${BIN}: apt-get install postgresql`);
  rmSync(dir, { recursive: true, force: true });
  const dataDir = path.join(dir, "data");
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(18).toString("base64url");
  const passwordFile = path.join(dir, "password");
  writeFileSync(passwordFile, password, { mode: 0o600 });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    for (const target of [dir, dataDir, passwordFile]) chownSync(target, uid, gid);
  }
  const port = await freePort();
  // C collation: text sorts by code point, as in SQLite, so both databases order ties alike.
  run(asRoot, "initdb", ["-D", dataDir, "-U", "recall", `--pwfile=${passwordFile}`, "--auth=scram-sha-256", "--locale=C", "--encoding=UTF8"]);
  const settings = [`-c listen_addresses=127.0.0.1`, `-c port=${port}`, `-c unix_socket_directories=${dir}`, "-c max_connections=200"];
  if (!durable) settings.push("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off");
  run(asRoot, "pg_ctl", ["-D", dataDir, "-l", path.join(dir, "server.log"), "-o", settings.join(" "), "-w", "start"]);
  const url = `postgresql://recall:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    stop() {
      run(asRoot, "pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    },
  };
}

function run(asRoot, program, args) {
  const command = asRoot ? "runuser" : path.join(BIN, program);
  const argv = asRoot ? ["-u", "postgres", "--", path.join(BIN, program), ...args] : args;
  const result = spawnSync(command, argv, { encoding: "utf8", cwd: os.tmpdir() });
  if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
}

function postgresUser() {
  const result = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const groups = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (result.status !== 0) throw new Error("running as root needs the `postgres` user that Debian's postgresql package creates");
  return { uid: Number(result.stdout.trim()), gid: Number(groups.stdout.trim()) };
}
