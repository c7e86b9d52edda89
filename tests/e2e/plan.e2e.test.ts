// The retention planner journey: a new learner's plan, the same learner after a few reviews, in
// light, dark and on a 375 px phone (axe each time); picking a point with the keyboard sets the
// desired retention that Settings then shows; tampered values and a replay without a session are refused.
import type { APIRequestContext, Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot, signUp, uniqueEmail } from "./support/browser";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { queryE2eDatabase } from "./support/database";

const HEADING = "Plan your retention";

/** Grades the next `count` cards of the daily review through its API, every fourth one Again. */
async function gradeThroughApi(request: APIRequestContext, count: number): Promise<void> {
  let session = (await (await request.get("/api/review")).json()).session;
  for (let index = 0; index < count; index++) {
    const { cardId, version } = session.card;
    const graded = await request.post("/api/review/grades", { data: { cardId, version, reviewId: `plan-${Date.now()}-${index}`, rating: index % 4 === 0 ? 1 : 3, durationMs: 4000 } });
    expect(graded.status()).toBeLessThan(300);
    session = (await graded.json()).session;
  }
}

async function openPlan(page: Page): Promise<void> {
  await page.goto("/settings/plan");
  await page.getByRole("heading", { level: 1, name: HEADING }).waitFor();
}

describe("journey: retention planner", () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let userId = "";
  const storedRetention = async () => (await queryE2eDatabase<{ desiredRetention: number }>('SELECT "desiredRetention" FROM "UserSettings" WHERE "userId" = ?', userId))[0]?.desiredRetention;

  beforeAll(async () => {
    browser = await launchBrowser();
    ctx = await newContext(browser);
    page = await ctx.newPage();
  });
  afterAll(() => browser?.close());

  it("sends a signed-out visitor to sign in", async () => {
    const anonymous = await newContext(browser);
    const view = await anonymous.newPage();
    await view.goto("/settings/plan");
    expect(new URL(view.url()).pathname).toBe("/signin");
    await anonymous.close();
  });

  it("gives a brand-new learner a plan from their unseen cards, with the charts and the points to pick", async () => {
    const email = uniqueEmail("plan");
    await signUp(page, { name: "Plan Learner", email, password: "plan-the-year" });
    [{ id: userId }] = await queryE2eDatabase<{ id: string }>('SELECT "id" FROM "User" WHERE "email" = ?', email);
    await openPlan(page);
    expect(await page.locator(".plan-new").textContent()).toMatch(/not reviewed a card yet/);
    const charts = page.locator("section.chart");
    expect(await charts.count()).toBe(3);
    for (const chart of await charts.all()) expect(await chart.locator("[role='img']").first().getAttribute("aria-label")).toBeTruthy();
    // 0.70 to 0.97 in steps of 0.01; the default 0.90 is one of them and marked as the learner's.
    expect(await page.locator(".plan-table tbody tr").count()).toBe(28);
    expect(await page.locator(".plan-table__row--current th").textContent()).toMatch(/^0\.90yours/);
    expect(await page.locator(".plan-flag--optimum").count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "plan-new-learner");
  });

  it("after a few reviews, reads well in light, dark and on a 375 px phone", async () => {
    await gradeThroughApi(ctx.request, 8);
    for (const options of [{}, { colorScheme: "dark" as const }, { width: 375 }, { width: 375, colorScheme: "dark" as const }]) {
      const other = await newContext(browser, options);
      await other.addCookies(await ctx.cookies());
      const view = await other.newPage();
      await openPlan(view);
      expect(await view.locator(".plan-new").count()).toBe(0);
      if (options.width) expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoSeriousA11yViolations(view);
      await screenshot(view, `plan${options.colorScheme ? "-dark" : ""}${options.width ? "-375" : ""}`);
      await other.close();
    }
  });

  it("sets the desired retention from a point picked with the keyboard, as Settings then shows", async () => {
    await openPlan(page);
    const use = page.getByRole("button", { name: "Use 0.85", exact: true });
    await use.focus();
    await page.keyboard.press("Enter");
    const status = page.getByRole("status").filter({ hasText: "Desired retention set to 0.85." });
    await status.waitFor();
    // The pressed button becomes "Your setting": the message takes focus instead of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Desired retention set to 0.85.");
    await page.locator(".plan-table__row--current th", { hasText: "0.85" }).waitFor();
    expect(await storedRetention()).toBe(0.85);

    await page.goto("/settings");
    expect(await page.getByLabel("Desired retention").inputValue()).toBe("0.85");
  });

  it("refuses tampered retentions and a replay without a session, changing nothing", async () => {
    await openPlan(page);
    const use = page.getByRole("button", { name: "Use 0.80", exact: true });
    expect(await storedRetention()).toBe(0.85);
    for (const [value, reason] of [
      ["1.5", "Desired retention must be between 0.70 and 0.99."],
      ["0.5", "Desired retention must be between 0.70 and 0.99."],
      ["abc", "Desired retention must be a number."],
      ["", "Desired retention must be a number."],
    ]) {
      await use.evaluate((button, tampered) => button.setAttribute("value", tampered), value);
      await use.click();
      const alert = page.getByRole("alert").filter({ hasText: `Nothing was changed. ${reason}` });
      await alert.waitFor();
      expect(await storedRetention()).toBe(0.85);
    }

    // The action request a browser sends for "Use 0.75", held back, then replayed without the session cookie.
    const held = await ctx.newPage();
    await openPlan(held);
    let captured: Request | null = null;
    await held.route("**/settings/plan", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      captured = route.request();
      await route.abort();
    });
    await held.getByRole("button", { name: "Use 0.75", exact: true }).click();
    await expect.poll(() => captured !== null).toBe(true);
    const request = captured as unknown as Request;
    const headers = await request.allHeaders();
    expect(headers["next-action"]).toBeTruthy();
    const anonymous = await newContext(browser);
    const replay = await anonymous.request.post(request.url(), {
      headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: headers.accept ?? "text/x-component", origin: new URL(request.url()).origin },
      data: request.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
    // The proxy sends it to sign-in before the action runs (which checks the session again itself).
    expect(replay.status()).toBe(307);
    expect(new URL(replay.headers().location ?? "", request.url()).pathname).toBe("/signin");
    await anonymous.close();
    await held.close();
    expect(await storedRetention()).toBe(0.85);
  });
});
