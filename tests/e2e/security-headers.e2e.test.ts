// The production build's Content-Security-Policy: sent on every page, without 'unsafe-eval', with
// frame-ancestors 'none'; and no page of a signed-in learner trips it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, newContext, signUp, uniqueEmail } from "./support/browser";
import { signedInFetcher } from "./support/api-session";
import { queryE2eDatabase } from "./support/database";

const PAGES = ["/review", "/quiz", "/mastery", "/library", "/settings", "/quiz/history"];

describe("security headers", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("sends a Content-Security-Policy without unsafe-eval that forbids framing", async () => {
    for (const path of ["/", "/signin", "/api/health"]) {
      const policy = (await fetch(`${baseUrl()}${path}`)).headers.get("content-security-policy") ?? "";
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).not.toContain("unsafe-eval");
    }
  });

  it("compresses pages and large API answers, and sends small API answers as they are", async () => {
    const api = await signedInFetcher();
    const gzip = { "accept-encoding": "gzip" };
    // A few hundred bytes: gzip would cost a zlib stream on each side to save about 200.
    for (const path of ["/api/health", "/api/review", "/api/settings"]) {
      const response = await api(path, { headers: gzip });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-encoding"), path).toBeNull();
      expect((await response.text()).length, path).toBeLessThan(1024);
    }
    // The account export (kilobytes even for a new learner) and a page: compressed.
    const exported = await api("/api/export/account.json", { headers: gzip });
    const page = await api("/library", { headers: gzip });
    for (const [name, response] of [["account export", exported], ["/library", page]] as const) {
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-encoding"), name).toBe("gzip");
      expect((await response.text()).length, name).toBeGreaterThan(1024);
    }
  });

  it("answers errors without a stack trace, SQL or internal path", async () => {
    // Signed in, so missing pages are answered by the app rather than redirected to sign-in.
    const api = await signedInFetcher();
    const cases: [string, RequestInit][] = [
      ["/no-such-page", {}],
      ["/api/no-such-route", {}],
      ["/library/%E0%A4%A", {}],
      ["/library/no-such-concept", {}],
      ["/quiz/no-such-quiz", {}],
      ["/_next/static/chunks/no-such-chunk.js", {}],
      ["/api/review/grades", { method: "POST", body: "{" }],
      ["/api/quizzes/no-such-quiz/answers", { method: "POST", body: JSON.stringify({ questionId: "x", answerId: "y", optionIndex: 0 }) }],
      ["/api/signup", { method: "POST", body: JSON.stringify({ email: 5 }) }],
    ];
    for (const [path, init] of cases) {
      const response = await api(path, { ...init, redirect: "manual" });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      const body = await response.text();
      for (const leak of [/\n\s+at [\w.<]/, /node_modules/, /\/work\/|\/home\/|\/root\//, /\bSELECT\b|\bINSERT INTO\b/, /Prisma|SQLITE_|P20\d\d/]) {
        expect(body, `${path} ${leak}`).not.toMatch(leak);
      }
    }
  });

  it("keeps the session in an httpOnly, SameSite=Lax cookie (Secure too when NEXTAUTH_URL is https)", async () => {
    const email = uniqueEmail("cookie");
    const password = "cookie-flags-password";
    await fetch(`${baseUrl()}/api/signup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Cookie", email, password, timezone: "UTC" }) });
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
    const signIn = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    const session = signIn.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    // This server's NEXTAUTH_URL is http://localhost, so next-auth leaves Secure off; with https it sets it.
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it("lets every page of a signed-in learner run without a CSP violation", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await signUp(page, { name: "CSP", email: uniqueEmail("csp"), password: "strict-enough-policy" });
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    // The review page is interactive: a grade goes through the client code the policy governs.
    await page.goto("/review");
    await page.locator("[data-card-id]").waitFor();
    await page.keyboard.press("Space");
    await page.locator(".grades").waitFor();
    expect(violations).toEqual([]);
    await ctx.close();
  });

  it("stores SQL and HTML injection strings as text and shows them as text", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const name = `Bob'); DROP TABLE "User";-- <img src=x onerror="window.__pwned=1"><script>__pwned=2</script>`;
    const email = uniqueEmail("injection");
    await signUp(page, { name, email, password: "little-bobby-tables" });
    const [stored] = await queryE2eDatabase<{ name: string }>('SELECT "name" FROM "User" WHERE "email" = ?', email);
    expect(stored.name).toBe(name);
    expect((await queryE2eDatabase<{ n: number }>('SELECT COUNT(*) AS "n" FROM "User"'))[0].n).toBeGreaterThan(1);
    await page.goto("/settings");
    expect(await page.locator("body").textContent()).toContain(name);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img[src='x']").count()).toBe(0);
    await ctx.close();
  });
});
