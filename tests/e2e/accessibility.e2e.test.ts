import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { launchBrowser, newContext, saveSetting, signIn, signUp, uniqueEmail } from "./support/browser";

/**
 * Checks the page as it stands in the light scheme and in the dark one; colours are the usual failure.
 * Both schemes are always checked, so one run lists what is wrong in each.
 */
async function expectAccessibleInBothSchemes(page: Page): Promise<void> {
  const failures: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousA11yViolations(page).catch((error: Error) => failures.push(error.message));
  }
  if (failures.length > 0) throw new Error(failures.join("\n\n"));
}

describe("accessibility: no serious or critical axe violation on any page, light and dark", () => {
  let browser: Browser;
  let visitor: Page;
  let member: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    visitor = await (await newContext(browser)).newPage();
    member = await (await newContext(browser)).newPage();
    await signUp(member, { name: "Axe Tester", email: uniqueEmail("a11y"), password: "checks-contrast" });
  });
  afterAll(() => browser?.close());

  it.each(["/", "/signin", "/signup"])("signed out: %s", async (path) => {
    await visitor.goto(path);
    await visitor.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessibleInBothSchemes(visitor);
  });

  it("signed out: /signin showing a failed attempt", async () => {
    await signIn(visitor, uniqueEmail("nobody"), "not-the-password");
    await visitor.locator("p.alert").waitFor();
    await expectAccessibleInBothSchemes(visitor);
  });

  it("/review with a card, then with its answer and the grades", async () => {
    await member.goto("/review");
    await member.locator("[data-card-id]").waitFor();
    await expectAccessibleInBothSchemes(member);
    await member.getByRole("button", { name: /Show answer/ }).click();
    await member.locator(".grades").waitFor();
    await expectAccessibleInBothSchemes(member);
  });

  it("/library, with the account menu open", async () => {
    await member.goto("/library");
    await member.locator(".concept-list__link").first().waitFor();
    await expectAccessibleInBothSchemes(member);
    await member.getByRole("navigation", { name: "Main" }).getByText("Axe Tester").click();
    await member.getByRole("button", { name: "Sign out" }).waitFor();
    await expectAccessibleInBothSchemes(member);
  });

  it("a concept page", async () => {
    // The first concept listed, rather than a fixed id, so edits to content/ do not break this test.
    await member.goto("/library");
    const href = await member.locator(".concept-list__link").first().getAttribute("href");
    await member.goto(href ?? "/library");
    await member.getByRole("heading", { name: "Key facts" }).waitFor();
    await expectAccessibleInBothSchemes(member);
  });

  it("/settings, after a save", async () => {
    await saveSetting(member, "Desired retention", "0.9");
    await expectAccessibleInBothSchemes(member);
  });

  it("/review when done for today", async () => {
    await saveSetting(member, "New cards per day", "0");
    await member.goto("/review");
    await member.getByRole("heading", { name: "You are done for today" }).waitFor();
    await expectAccessibleInBothSchemes(member);
  });

  it("the not-found page", async () => {
    await member.goto("/library/no-such-concept");
    await member.getByRole("heading", { name: "Page not found" }).waitFor();
    await expectAccessibleInBothSchemes(member);
  });
});
