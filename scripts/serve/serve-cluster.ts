// Several app instances on one database behind Debian's nginx (deploy/nginx.conf.template), as a
// deployment runs them: one shared NEXTAUTH_SECRET, NEXTAUTH_URL set to the proxy's address, the
// proxy forwarding the client address. For the cluster tests and the reliability suite.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxConfig } from "./nginx-config.mjs";
import { freePort } from "../free-port.mjs";
import { serveApp, type ServedApp } from "./serve-app";

const NGINX = "/usr/sbin/nginx";

export interface ServedCluster {
  proxyUrl: string;
  instances: ServedApp[];
  stop(): void;
}

export async function serveCluster(options: { databaseUrl: string; instances?: number; env?: Record<string, string> }): Promise<ServedCluster> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: apt-get install nginx`);
  const prefix = mkdtempSync(path.join(os.tmpdir(), "recall-nginx-"));
  const proxyPort = await freePort();
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const shared = { databaseUrl: options.databaseUrl, secret: randomBytes(32).toString("base64url"), publicUrl: proxyUrl, env: options.env };
  // The first instance migrates and builds; the others then find both done.
  const first = await serveApp(shared);
  await first.ready();
  const others = await Promise.all(Array.from({ length: (options.instances ?? 2) - 1 }, () => serveApp(shared)));
  await Promise.all(others.map((instance) => instance.ready()));
  const instances = [first, ...others];

  writeFileSync(path.join(prefix, "nginx.conf"), nginxConfig({ prefix, listen: `127.0.0.1:${proxyPort}`, upstreamPorts: instances.map((instance) => instance.port) }));
  const nginx: ChildProcess = spawn(NGINX, ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(async () => (await fetch(`${proxyUrl}/api/health`)).ok, () => nginx.exitCode !== null, "nginx");
  return {
    proxyUrl,
    instances,
    stop() {
      if (nginx.exitCode === null) nginx.kill("SIGQUIT");
      for (const instance of instances) instance.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function waitFor(isReady: () => Promise<boolean>, hasDied: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasDied()) throw new Error(`${what} exited before it was ready`);
    try {
      if (await isReady()) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000}s`);
}
