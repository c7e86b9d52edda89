import { describe, expect, it } from "vitest";
import { baseUrl, uniqueEmail } from "./support/browser";

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function credentialsSignIn(email: string, password: string, ip: string) {
  const csrfResponse = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
}

describe("HTTP boundaries", () => {
  it("reports health for load balancers", async () => {
    const response = await fetch(`${baseUrl()}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("answers 401 to protected API calls without a session", async () => {
    for (const method of ["GET", "PUT"]) {
      const response = await fetch(`${baseUrl()}/api/settings`, { method, body: method === "PUT" ? "{}" : undefined });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in to continue." } });
    }
  });

  it.each([
    ["an invalid email", { email: "nope" }, "email"],
    ["a 9-character password", { password: "123456789" }, "password"],
    ["an oversized name", { name: "n".repeat(1100) }, "name"],
    ["an oversized password", { password: "p".repeat(1100) }, "password"],
    ["an unknown timezone", { timezone: "Atlantis/Capital" }, "timezone"],
  ])("refuses sign-up with %s (422, issue on the field, nothing written)", async (_label, override, path) => {
    const email = uniqueEmail("bad");
    const response = await post("/api/signup", { name: "X", email, password: "long enough pw", timezone: "UTC", ...override });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    // Nothing was written: the same email can still register.
    const retry = await post("/api/signup", { name: "X", email, password: "long enough pw", timezone: "UTC" });
    expect(retry.status).toBe(201);
  });

  it("refuses a non-JSON body with 400 and a second account on an email with a generic 422", async () => {
    expect((await post("/api/signup", "name=x")).status).toBe(400);
    const email = uniqueEmail("dup");
    expect((await post("/api/signup", { name: "A", email, password: "long enough pw", timezone: "UTC" })).status).toBe(201);
    const duplicate = await post("/api/signup", { name: "B", email: email.toUpperCase(), password: "long enough pw", timezone: "UTC" });
    expect(duplicate.status).toBe(422);
    expect((await duplicate.json()).error.issues[0]).toEqual({
      path: "email",
      message: "This email cannot be used to create an account. Try signing in instead.",
    });
  });

  it("refuses the 6th failed sign-in in 15 minutes with 429 and Retry-After", async () => {
    const email = uniqueEmail("locked");
    expect((await post("/api/signup", { name: "L", email, password: "right password", timezone: "UTC" })).status).toBe(201);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await credentialsSignIn(email, "wrong password", `198.51.100.${attempt}`);
      expect(response.status).toBe(401);
    }
    const refused = await credentialsSignIn(email, "right password", "198.51.100.77");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await refused.json()).error.code).toBe("rate_limited");
  });
});
