import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot, signUp, uniqueEmail } from "./support/browser";

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
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "concept-375-dark");
    await ctx.close();
  });
});
