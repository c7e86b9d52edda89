import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot, signIn, signUp, uniqueEmail } from "./support/browser";

describe("journey: sign up, sign out, sign in", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("shows the landing page to visitors", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/Remember machine learning/);
    await screenshot(page, "landing");
    await context.close();
  });

  it("signs up with the browser's timezone, signs out, and signs back in", async () => {
    const ctx = await newContext(browser, { timezoneId: "Pacific/Auckland" });
    const page = await ctx.newPage();
    const user = { name: "Ada Lovelace", email: uniqueEmail("ada"), password: "analytical-engine" };
    await page.goto("/signup");
    await screenshot(page, "signup");
    await signUp(page, user);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/review/i);
    await screenshot(page, "review-empty");

    await page.getByRole("navigation").getByText("Ada Lovelace").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("link", { name: "Sign in" }).first().isVisible()).resolves.toBe(true);

    await signIn(page, user.email, user.password);
    await page.waitForURL("**/review");
    await expect(page.getByRole("navigation").getByText("Ada Lovelace").isVisible()).resolves.toBe(true);
    await page.goto("/settings");
    expect(await page.getByLabel("Timezone").inputValue()).toBe("Pacific/Auckland");
    await ctx.close();
  });

  it("shows an error for a wrong password without saying whether the email exists", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const user = { name: "Grace", email: uniqueEmail("grace"), password: "compiler-pioneer" };
    await signUp(page, user);
    await ctx.clearCookies();

    await signIn(page, user.email, "not-the-password");
    // Next.js's route announcer is an alert too, so the form's message is found by its class.
    const alert = page.locator("p.alert");
    await alert.waitFor();
    const wrongPasswordMessage = await alert.textContent();
    expect(wrongPasswordMessage).toBe("Email or password is incorrect.");
    await screenshot(page, "signin-error");

    await signIn(page, uniqueEmail("nobody"), "not-the-password");
    await page.waitForFunction(() => document.querySelector("p.alert")?.textContent !== "");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(wrongPasswordMessage);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await ctx.close();
  });

  it("shows sign-up errors next to their fields", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Bad Input");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.locator("#email-error").waitFor();
    expect(await page.locator("#email-error").textContent()).toMatch(/valid email/);
    expect(await page.locator("#password-error").textContent()).toMatch(/at least 10 characters/);
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "signup-errors");
    await ctx.close();
  });

  it("redirects a signed-out visitor from a protected page to sign-in and back after signing in", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const user = { name: "Alan", email: uniqueEmail("alan"), password: "imitation-game" };
    await signUp(page, user);
    await ctx.clearCookies();

    await page.goto("/settings");
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/settings");
    await screenshot(page, "signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/settings");
    await ctx.close();
  });
});
