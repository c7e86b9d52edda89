import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/lib/data/db";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { signedInFetcher } from "./support/api-session";
import { baseUrl, launchBrowser, newContext, screenshot, signUp, uniqueEmail } from "./support/browser";
import { queryE2eDatabase } from "./support/database";
import { insertSimulatedHistory } from "../support/simulated-history";

type SettingsRow = { fsrsWeights: string | null; rescheduleStartedAt: unknown; fsrsWeightsReviewCount: number | null };

async function userIdOf(email: string): Promise<string> {
  const [row] = await queryE2eDatabase<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, email);
  return row.id;
}

async function settingsOf(userId: string): Promise<SettingsRow> {
  const [row] = await queryE2eDatabase<SettingsRow>(`SELECT "fsrsWeights", "rescheduleStartedAt", "fsrsWeightsReviewCount" FROM "UserSettings" WHERE "userId" = ?`, userId);
  return row;
}

/** Presses a button from the keyboard: focus it, then Enter. */
async function press(page: Page, name: string | RegExp) {
  await page.getByRole("button", { name }).focus();
  await page.keyboard.press("Enter");
}

describe("journey: personalize scheduling", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = createDb(inject("databaseUrl"));
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("fits the learner's parameters, shows the held-out comparison, applies them with a reschedule, and restores the defaults", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const email = uniqueEmail("personal");
    await signUp(page, { name: "Personal Learner", email, password: "my-own-weights" });
    const userId = await userIdOf(email);
    // Four months of history over 400 of the knowledge base's cards, remembering worse than the defaults expect.
    const cards = await db.card.findMany({ where: { kind: { in: ["basic", "reverse", "cloze"] }, isRetired: false }, orderBy: { position: "asc" }, take: 400, select: { id: true, kind: true, topic: true, position: true } });
    const { reviews } = await insertSimulatedHistory(db, userId, { cards, reviews: 4000, newPerDay: 10, start: new Date(Date.now() - 200 * 86_400_000), seed: 5, forgetfulness: 2.5 });

    await page.goto("/settings");
    await page.getByRole("link", { name: "Personalize scheduling" }).click();
    await page.waitForURL("**/settings/scheduling");
    expect(await page.getByText("default FSRS-6 parameters").count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    await press(page, "Fit my parameters");
    await page.getByRole("table").first().waitFor({ timeout: 60_000 });
    const table = page.getByRole("table").first();
    expect(await table.locator("caption").textContent()).toMatch(/Scored on your latest [\d,]+ reviews, which the check fit never saw/);
    expect(await page.getByText(new RegExp(`fitted on all ${reviews.toLocaleString("en-GB")} of your daily-review grades`)).count()).toBe(1);
    const [fit] = await queryE2eDatabase<{ weights: string; appliedAt: unknown }>(`SELECT "weights", "appliedAt" FROM "FsrsParameterFit" WHERE "userId" = ?`, userId);
    expect(JSON.parse(fit.weights)).toHaveLength(21);
    expect(fit.appliedAt).toBeNull();
    expect((await settingsOf(userId)).fsrsWeights).toBeNull();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, `personalize-fitted-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: "light" });

    // A tampered form naming a fit that is not this learner's applies nothing.
    const fitIdInput = page.locator('input[name="fitId"]');
    const realFitId = await fitIdInput.inputValue();
    await fitIdInput.evaluate((input: HTMLInputElement) => (input.value = "someone-elses-fit"));
    await press(page, "Apply these parameters");
    await page.getByRole("alert").filter({ hasText: "no longer available" }).waitFor();
    expect((await settingsOf(userId)).fsrsWeights).toBeNull();
    await fitIdInput.evaluate((input: HTMLInputElement, value: string) => (input.value = value), realFitId);

    await page.getByLabel("Also reschedule my cards with these parameters").focus();
    await page.keyboard.press("Space");
    await press(page, "Apply these parameters");
    await page.getByText("your own parameters").waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await settingsOf(userId)).rescheduleStartedAt, { timeout: 60_000 }).toBeNull();
    const applied = await settingsOf(userId);
    expect(JSON.parse(applied.fsrsWeights!)).toEqual(JSON.parse(fit.weights));
    expect(applied.fsrsWeightsReviewCount).toBe(reviews);
    await page.reload();
    expect(await page.getByText(new RegExp(`your own parameters.*from ${reviews.toLocaleString("en-GB")} reviews`, "s")).count()).toBeGreaterThan(0);
    await screenshot(page, "personalize-applied");

    await press(page, "Restore default parameters");
    await page.getByRole("status").filter({ hasText: "default FSRS-6 parameters are restored" }).waitFor();
    expect((await settingsOf(userId)).fsrsWeights).toBeNull();
    await ctx.close();
  }, 180_000);

  it("explains what is missing for a learner with a short history, and fits a phone screen", async () => {
    const ctx = await newContext(browser, { width: 375, colorScheme: "dark" });
    const page = await ctx.newPage();
    await signUp(page, { name: "New Learner", email: uniqueEmail("newcomer"), password: "not-enough-yet" });
    await page.goto("/settings/scheduling");
    await press(page, "Fit my parameters");
    const status = page.getByRole("status").filter({ hasText: "Personalizing needs at least" });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toMatch(/you have 0/);
    await expectNoSeriousA11yViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, "personalize-phone-dark");
    await ctx.close();
  });

  it("answers the fit and reschedule routes only for a signed-in learner, and never from another site", async () => {
    for (const path of ["/api/scheduling/fits", "/api/scheduling/reschedule"]) {
      expect((await fetch(`${baseUrl()}${path}`, { method: "POST" })).status).toBe(401);
    }
    const api = await signedInFetcher();
    expect((await api("/api/scheduling/fits", { method: "POST", headers: { origin: "https://evil.example" } })).status).toBe(403);
    const reschedule = await api("/api/scheduling/reschedule", { method: "POST" });
    expect(reschedule.status).toBe(200);
    expect(reschedule.headers.get("content-type")).toContain("application/x-ndjson");
    expect((await reschedule.text()).trim()).toBe(JSON.stringify({ type: "done", done: 0, total: 0 }));
  });
});
