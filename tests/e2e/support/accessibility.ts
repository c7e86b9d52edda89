import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, ImpactValue } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const FAILING_IMPACTS: ImpactValue[] = ["serious", "critical"];

type Violation = { id: string; impact: ImpactValue | undefined; help: string; helpUrl: string; nodes: { target: string; summary: string }[] };

/**
 * Runs axe-core (every rule it enables by default: WCAG 2.x A/AA and best practices) on the page as
 * it is now, and throws one readable list of every serious or critical violation: rule id, impact,
 * the selector of each failing element and axe's summary of what to fix. Minor and moderate findings
 * do not fail the test.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Next streams a page's metadata after its body, and re-renders it after a server action's
  // revalidation: wait (briefly) for the title, so axe judges the page, not the moment between.
  // A page that never gets one still fails on document-title.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5000 }).catch(() => {});
  // playwright-core has no axe integration; a script tag is enough while the app sends no CSP.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations: Violation[] = await page.evaluate(async () => {
    const results: AxeResults = await (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? undefined,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(" "), summary: node.failureSummary ?? "" })),
    }));
  });
  const failing = violations.filter((violation) => violation.impact && FAILING_IMPACTS.includes(violation.impact));
  if (failing.length === 0) return;

  const scheme = (await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)) ? "dark" : "light";
  const lines = failing.flatMap((violation) => [
    `- ${violation.id} (${violation.impact}): ${violation.help} <${violation.helpUrl}>`,
    ...violation.nodes.map((node) => `    ${node.target}\n      ${node.summary.replaceAll("\n", "\n      ")}`),
  ]);
  const count = failing.reduce((sum, violation) => sum + violation.nodes.length, 0);
  throw new Error(`${count} serious or critical accessibility violation(s) on ${new URL(page.url()).pathname} (${scheme}):\n${lines.join("\n")}`);
}
