// The production build's Content-Security-Policy: sent on every page, without 'unsafe-eval', with
// frame-ancestors 'none'; and no page of a signed-in learner trips it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, newContext, signUp, uniqueEmail } from "./support/browser";

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
});
