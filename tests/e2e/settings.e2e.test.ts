import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot, signUp, uniqueEmail } from "./support/browser";

async function save(page: Page) {
  await page.getByRole("button", { name: "Save settings" }).click();
}

describe("journey: settings", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("changes settings and sees them after a reload", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signUp(page, { name: "Settings User", email: uniqueEmail("settings"), password: "retention-0.9" });
    await page.goto("/settings");
    await screenshot(page, "settings");

    await page.getByLabel("Desired retention").fill("0.85");
    await page.getByLabel("New cards per day").fill("7");
    await page.getByLabel("Learning steps", { exact: true }).fill("2m 15m");
    await page.getByLabel("Timezone").selectOption("America/Los_Angeles");
    await page.getByLabel("New day starts at").selectOption("6");
    await page.getByLabel(/Fuzz intervals/).uncheck();
    await save(page);
    await page.getByRole("status").waitFor();
    expect(await page.getByRole("status").textContent()).toBe("Settings saved.");

    await page.reload();
    expect(await page.getByLabel("Desired retention").inputValue()).toBe("0.85");
    expect(await page.getByLabel("New cards per day").inputValue()).toBe("7");
    expect(await page.getByLabel("Learning steps", { exact: true }).inputValue()).toBe("2m 15m");
    expect(await page.getByLabel("Timezone").inputValue()).toBe("America/Los_Angeles");
    expect(await page.getByLabel("New day starts at").inputValue()).toBe("6");
    expect(await page.getByLabel(/Fuzz intervals/).isChecked()).toBe(false);
    await ctx.close();
  });

  it("refuses out-of-range values with a message beside the field and keeps the stored settings", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signUp(page, { name: "Range User", email: uniqueEmail("range"), password: "retention-0.9" });
    await page.goto("/settings");

    await page.getByLabel("Desired retention").fill("1.5");
    await page.getByLabel("Reviews per day").fill("12000");
    await page.getByLabel("Relearning steps").fill("ten minutes");
    await save(page);
    await page.locator("#desiredRetention-error").waitFor();
    expect(await page.locator("#desiredRetention-error").textContent()).toMatch(/between 0.70 and 0.99/);
    expect(await page.locator("#reviewsPerDay-error").textContent()).toMatch(/between 0 and 9999/);
    expect(await page.locator("#relearningSteps-error").textContent()).toMatch(/not a step/);
    // The form keeps what was typed so it can be corrected.
    expect(await page.getByLabel("Desired retention").inputValue()).toBe("1.5");
    await screenshot(page, "settings-errors");

    await page.reload();
    expect(await page.getByLabel("Desired retention").inputValue()).toBe("0.9");
    expect(await page.getByLabel("Reviews per day").inputValue()).toBe("200");
    expect(await page.getByLabel("Relearning steps").inputValue()).toBe("10m");
    await ctx.close();
  });

  it("is usable on a 375 px phone screen in dark mode", async () => {
    const ctx = await newContext(browser, { width: 375, colorScheme: "dark" });
    const page = await ctx.newPage();
    await signUp(page, { name: "Phone User", email: uniqueEmail("phone"), password: "small-screen" });
    await page.goto("/settings");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "settings-375-dark");
    await page.goto("/review");
    await screenshot(page, "review-375-dark");
    await ctx.close();
  });
});
