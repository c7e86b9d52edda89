import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "../screenshots");

export function baseUrl(): string {
  return inject("baseUrl");
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS, headless: true });
}

export async function newContext(
  browser: Browser,
  options: { width?: number; colorScheme?: "light" | "dark"; timezoneId?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    timezoneId: options.timezoneId ?? "UTC",
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1200, height: 900 },
    colorScheme: options.colorScheme ?? "light",
  });
}

/** Full-page screenshot under tests/e2e/screenshots/ (git-ignored), for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

let counter = 0;
/** A unique email per call, so journeys never collide on the shared e2e database. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

export async function signUp(page: Page, user: { name: string; email: string; password: string }): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/review");
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Changes one Settings field through the form and waits for the saved confirmation. */
export async function saveSetting(page: Page, label: string, value: string): Promise<void> {
  await page.goto("/settings");
  await page.getByLabel(label).fill(value);
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByRole("status").waitFor();
}
