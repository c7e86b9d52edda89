import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../../scripts/free-port.mjs";
import { findChromium } from "./chromium";
import { newTestDatabase } from "../../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** The server's database: a SQLite file URL, or a PostgreSQL database (`npm run test:postgres`). */
    databaseUrl: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, "../../..");


async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not become healthy within ${timeoutMs / 1000}s`);
}

/**
 * Serves a production build exactly as `npm start` does (migrate, build when stale, next start),
 * on a free port with a throwaway database and secret.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-e2e-"));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const database = process.env.RECALL_TEST_POSTGRES_URL ? newTestDatabase() : { url: `file:${path.join(dir, "e2e.db")}`, remove: async () => {} };
  const server = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: database.url,
      // Every journey signs up from 127.0.0.1; the per-IP sign-up limit is proven by its own tests.
      RECALL_SIGN_UPS_PER_IP_PER_HOUR: "100000",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await waitForHealth(baseUrl, server, 300_000);
  project.provide("baseUrl", baseUrl);
  project.provide("chromiumPath", chromiumPath);
  project.provide("databaseUrl", database.url);

  return async () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve(null)));
    await database.remove();
    rmSync(dir, { recursive: true, force: true });
  };
}
