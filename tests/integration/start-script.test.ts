import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("npm start", () => {
  it("refuses to start in production without NEXTAUTH_SECRET, with a one-line reason", () => {
    const env = { ...process.env, NODE_ENV: "production" as const, NEXTAUTH_SECRET: "", DATABASE_URL: "file:/tmp/recall-never-created.db" };
    const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/start.mjs")], { cwd: ROOT, env, encoding: "utf8", timeout: 20_000 });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual(["recall-ml: NODE_ENV=production requires NEXTAUTH_SECRET (generate one with: openssl rand -base64 32)."]);
  });
});
