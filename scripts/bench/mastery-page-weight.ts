// `npm run bench` (last part): the JavaScript a browser downloads to open /mastery the first time.
// Serves the production build as `npm start` does (building it when stale) on a free port with a
// throwaway database, signs a learner up and in, fetches /mastery, and sums the gzipped size of
// every script the page references.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TARGET_KB = 200;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, deadlineMs: number): Promise<void> {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy in time");
}

/** Signs a new learner up and in through the API; returns the Cookie header of the session. */
async function signedInCookie(baseUrl: string): Promise<string> {
  const email = `weight-${Date.now()}@example.com`;
  const password = "page-weight-password";
  const signup = await fetch(`${baseUrl}/api/signup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Weight", email, password, timezone: "UTC" }) });
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
  return header();
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-page-weight-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: `file:${path.join(dir, "weight.db")}`, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: baseUrl },
  });
  try {
    await waitForHealth(baseUrl, Date.now() + 600_000);
    const cookie = await signedInCookie(baseUrl);
    const page = await fetch(`${baseUrl}/mastery`, { headers: { cookie }, redirect: "manual" });
    if (page.status !== 200) throw new Error(`/mastery answered ${page.status}`);
    const html = await page.text();
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]))];
    let gzipped = 0;
    let raw = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      raw += body.length;
      gzipped += gzipSync(body, { level: 9 }).length;
    }
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(`/mastery first-load JavaScript: ${scripts.length} scripts, ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw); HTML ${kb(gzipSync(html).length)} KB gzipped`);
    console.log(`  target < ${TARGET_KB} KB gzipped: ${gzipped / 1024 < TARGET_KB ? "met" : "NOT met"}`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
