import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { launchBrowser, newContext, screenshot, signIn, signUp, uniqueEmail } from "./support/browser";

describe("journey: browse the library", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("lists topics, finds a concept by alias, and follows links between concept pages", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signUp(page, { name: "Reader", email: uniqueEmail("reader"), password: "reads-a-lot" });
    await page.goto("/library");
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(["Supervised learning", "Reinforcement learning", "Natural language processing"].map((t) => expect.stringContaining(t.split(" ")[0]))),
    );
    await screenshot(page, "library");

    await page.getByLabel("Search by term or alias").fill("KNN");
    await page.getByText("1 matching concept").waitFor();
    await screenshot(page, "library-search");
    await page.getByRole("link", { name: /k-nearest neighbors/ }).click();
    await page.waitForURL("**/library/k-nearest-neighbors");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("k-nearest neighbors");
    expect(await page.getByRole("heading", { name: "Check and go deeper" }).isVisible()).toBe(true);
    expect(await page.locator('a[href^="https://scikit-learn.org"]').count()).toBeGreaterThan(0);
    await screenshot(page, "concept-knn");

    await page.getByRole("heading", { name: "Often confused with" }).waitFor();
    await page.locator(".contrast").getByRole("link", { name: "k-means" }).click();
    await page.waitForURL("**/library/k-means");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("k-means");
    await ctx.close();
  });

  it("answers an unknown concept with a not-found page", async () => {
    const ctx = await newContext(browser, { width: 375, colorScheme: "dark" });
    const page = await ctx.newPage();
    await signUp(page, { name: "Lost", email: uniqueEmail("lost"), password: "finds-nothing" });
    const response = await page.goto("/library/no-such-concept");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
    await page.goto("/library/q-learning");
    // A learner who has studied nothing is pointed at the concept's topic in the daily review.
    await page.getByRole("heading", { name: "Your cards" }).waitFor();
    const reviewLink = page.locator(".your-cards").getByRole("link", { name: "Review Reinforcement learning" });
    expect(await reviewLink.getAttribute("href")).toBe("/review?topic=reinforcement-learning");
    expect(await page.locator(".card-table").isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "concept-375-dark");
    await ctx.close();
  });

  it("reviews a card, then finds its state and the grade in the history on the concept page", async () => {
    const email = uniqueEmail("studier");
    const password = "grades-then-reads";
    const ctx = await newContext(browser, { timezoneId: "Europe/Paris" });
    const page = await ctx.newPage();
    await signUp(page, { name: "Studier", email, password });
    await page.goto("/review?topic=supervised");
    const cardId = (await page.locator("[data-card-id]").getAttribute("data-card-id")) ?? "";
    await page.getByRole("button", { name: /Show answer/ }).click();
    await page.locator(".grades").waitFor();
    await page.keyboard.press("3");
    await page.waitForFunction((id) => document.querySelector("[data-card-id]")?.getAttribute("data-card-id") !== id, cardId);

    // Good on a new card keeps it in learning, due again after the 10-minute step.
    await page.goto(`/library/${cardId.split(":")[0]}`);
    const card = page.locator(`tbody[data-card-id="${cardId}"]`);
    await card.waitFor();
    expect(await card.locator('td[data-label="State"]').textContent()).toBe("Learning");
    expect(await card.locator('td[data-label="Next due"] time').textContent()).toBe("in 10 minutes");
    expect(await card.locator('td[data-label="Recall now"]').textContent()).toMatch(/^(99|100)%$/);
    expect(await page.getByText("Not studied yet").count()).toBeGreaterThan(0);
    await card.getByText("History: 1 grade").click();
    const entries = card.locator(".card-history__entry");
    expect(await entries.count()).toBe(1);
    expect(await entries.first().textContent()).toMatch(/Good.*Daily review.*next in 10m/);
    await screenshot(page, "concept-your-cards");
    // The accessibility suite sees this page before any grade; check the table and an open history here.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoSeriousA11yViolations(page);
    }
    await ctx.close();

    const narrow = await newContext(browser, { width: 375, colorScheme: "dark" });
    const phone = await narrow.newPage();
    await signIn(phone, email, password);
    await phone.waitForURL("**/review");
    await phone.goto(`/library/${cardId.split(":")[0]}`);
    await phone.locator(`tbody[data-card-id="${cardId}"]`).getByText("History: 1 grade").click();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "concept-your-cards-375-dark");
    await narrow.close();
  });
});
