import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseServerEnv } from "@/lib/server/env";

const secret = "s".repeat(40);

describe("parseServerEnv", () => {
  it("defaults to the embedded SQLite file under data/", () => {
    const env = parseServerEnv({ NODE_ENV: "development" });
    expect(env.databaseUrl).toBe(`file:${path.resolve("data/recall.db")}`);
    expect(env.github).toBeUndefined();
  });

  it("treats empty variables as unset", () => {
    expect(parseServerEnv({ DATABASE_URL: "", NEXTAUTH_SECRET: "", GITHUB_ID: "" }).databaseUrl).toMatch(/data\/recall\.db$/);
  });

  it("refuses production without NEXTAUTH_SECRET, naming the variable on one line", () => {
    expect(() => parseServerEnv({ NODE_ENV: "production" })).toThrow(InvalidEnvironmentError);
    expect(() => parseServerEnv({ NODE_ENV: "production" })).toThrow(/^Invalid configuration: NEXTAUTH_SECRET is required/);
    expect(parseServerEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it.each([
    [{ NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET/],
    [{ DATABASE_URL: "mysql://localhost/db" }, /DATABASE_URL/],
    [{ GITHUB_ID: "only-the-id" }, /GITHUB_ID and GITHUB_SECRET/],
    [{ NEXTAUTH_URL: "not a url" }, /NEXTAUTH_URL/],
  ])("names the bad variable in %j", (source, message) => {
    expect(() => parseServerEnv(source)).toThrow(message);
  });

  it("resolves relative SQLite paths and enables GitHub when both variables are set", () => {
    const env = parseServerEnv({ DATABASE_URL: "file:./tmp/x.db", GITHUB_ID: "id", GITHUB_SECRET: "secret" });
    expect(env.databaseUrl).toBe(`file:${path.resolve("tmp/x.db")}`);
    expect(env.github).toEqual({ clientId: "id", clientSecret: "secret" });
  });
});
