// Serves the production build as `npm start` does (building it when stale) on a free loopback port,
// with a throwaway SQLite database unless given one, for the benchmarks, the reliability suite and
// the cluster tests, which need real HTTP.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../free-port.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ServeOptions {
  /** The database to serve (default: a new SQLite file, removed on stop). */
  databaseUrl?: string;
  /** NEXTAUTH_SECRET; instances behind one proxy share it (default: random). */
  secret?: string;
  /** NEXTAUTH_URL, the address learners use (default: the instance's own). */
  publicUrl?: string;
  env?: Record<string, string>;
}

export interface ServedApp {
  baseUrl: string;
  port: number;
  databaseUrl: string;
  /** The SQLite file, when the database is one. */
  databasePath: string | null;
  /** Waits until GET /api/health answers 200. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the whole process group (start script and next-server), as a crash would. */
  kill(): void;
  /** Starts the server again on the same port and database. */
  restart(): Promise<void>;
  stop(): void;
}

export async function serveApp(options: ServeOptions = {}): Promise<ServedApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-served-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dir, "served.db")}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: options.publicUrl ?? baseUrl,
    // Load and benchmarks sign every learner up from 127.0.0.1.
    RECALL_SIGN_UPS_PER_IP_PER_HOUR: "100000",
    ...options.env,
  };
  let server: ChildProcess;
  const start = () => {
    server = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], { cwd: ROOT, detached: true, stdio: ["ignore", "ignore", "inherit"], env });
  };
  const ready = async (timeoutMs = 600_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`);
      try {
        if ((await fetch(`${baseUrl}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("the app did not become healthy in time");
  };
  const signal = (name: NodeJS.Signals) => {
    if (server.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, name);
  };
  start();
  return {
    baseUrl,
    port,
    databaseUrl,
    databasePath: databaseUrl.startsWith("file:") ? databaseUrl.slice("file:".length) : null,
    ready,
    kill: () => signal("SIGKILL"),
    async restart() {
      start();
      await ready();
    },
    stop() {
      signal("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs a new learner up and in through the API; returns the Cookie header of the session. */
export async function signedInCookie(baseUrl: string, email: string, password = "served-app-password"): Promise<string> {
  const signup = await fetch(`${baseUrl}/api/signup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Learner", email, password, timezone: "UTC" }) });
  if (signup.status !== 201) throw new Error(`sign-up failed: ${signup.status}`);
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = new Map(csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0].split(/=(.*)/s).slice(0, 2) as [string, string]));
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  for (const cookie of signIn.headers.getSetCookie()) {
    const [name, value] = cookie.split(";")[0].split(/=(.*)/s);
    cookies.set(name, value);
  }
  if (![...cookies.keys()].some((name) => name.includes("session-token"))) throw new Error("sign-in set no session cookie");
  return header();
}
