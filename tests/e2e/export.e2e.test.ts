import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { signedInFetcher } from "./support/api-session";
import { baseUrl, launchBrowser, newContext, screenshot, signUp, uniqueEmail } from "./support/browser";
import { answerBody, questionSecret } from "./support/quiz-answers";
import { comparableExport } from "../support/comparable-export";

type Fetcher = Awaited<ReturnType<typeof signedInFetcher>>;
type ExportDocument = {
  format: string;
  version: number;
  exportedAt: string;
  settings: Record<string, unknown>;
  cardStates: Record<string, unknown>[];
  reviewLogs: { id: string; cardId: string; reviewedAt: string; rating: number; state: number; durationMs: number; deletedAt: string | null }[];
  quizzes: { id: string; retryOfQuizId: string | null; questions: { id: string }[] }[];
};

const HEADER = "card_id,review_time,review_rating,review_state,review_duration";
const today = () => new Date().toISOString().slice(0, 10);
let counter = 0;
const newId = (label: string) => `${label}-${Date.now().toString(36)}-${(counter += 1)}`;

/** A learner with grades (one undone) and a quiz with two answered questions, through the API. */
async function study(api: Fetcher): Promise<void> {
  let session = (await (await api("/api/review")).json()).session;
  for (const rating of [3, 1, 4, 2]) {
    const card = session.card;
    const response = await api("/api/review/grades", { method: "POST", body: JSON.stringify({ cardId: card.cardId, reviewId: newId("r"), rating, version: card.version, durationMs: 1000 + rating }) });
    expect(response.status).toBe(201);
    session = (await response.json()).session;
  }
  expect((await api("/api/review/undo", { method: "POST" })).status).toBe(200);

  const created = await api("/api/quizzes", { method: "POST", body: JSON.stringify({ topics: ["evaluation"], length: 5, mode: "practice" }) });
  expect(created.status).toBe(201);
  const { quizId } = await created.json();
  for (let answered = 0; answered < 2; answered += 1) {
    const current = (await (await api(`/api/quizzes/${quizId}`)).json()).current;
    const secret = await questionSecret(current.questionId);
    const first = await api(`/api/quizzes/${quizId}/answers`, { method: "POST", body: JSON.stringify({ questionId: current.questionId, answerId: newId("a"), ...answerBody(secret, answered === 0) }) });
    expect(first.status).toBe(201);
    if (secret.kind === "open" || secret.kind === "compare") {
      await api(`/api/quizzes/${quizId}/answers`, { method: "POST", body: JSON.stringify({ questionId: current.questionId, answerId: newId("g"), coveredKeyPoints: [0], rating: 3 }) });
    }
  }
}


describe("journey: export my data, and import it into another account", () => {
  let source: Fetcher;
  let exportText = "";
  let exported: ExportDocument;
  beforeAll(async () => {
    source = await signedInFetcher();
    await study(source);
  });

  it.each([
    ["GET", "/api/export/review-log.csv"],
    ["GET", "/api/export/account.json"],
    ["POST", "/api/import/account"],
  ])("answers 401 to %s %s without a session", async (method, path) => {
    const response = await fetch(`${baseUrl()}${path}`, { method, body: method === "POST" ? "{}" : undefined });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });

  it("downloads everything as JSON with a dated file name, and no credentials", async () => {
    const response = await source("/api/export/account.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="recall-ml-export-${today()}.json"`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    exportText = await response.text();
    expect(exportText).not.toMatch(/passwordHash|\$argon2|@example\.com/);
    exported = JSON.parse(exportText);
    expect(exported).toMatchObject({ format: "recall-ml-export", version: 1, settings: { name: "API", timezone: "UTC" } });
    expect(exported.reviewLogs.length).toBeGreaterThanOrEqual(5);
    expect(exported.reviewLogs.filter((log) => log.deletedAt !== null)).toHaveLength(1);
    expect(exported.quizzes).toHaveLength(1);
    expect(exported.quizzes[0].questions).toHaveLength(5);
  });

  it("downloads the review history CSV: the optimizer's header and one row per review not undone", async () => {
    const response = await source("/api/export/review-log.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="recall-ml-review-log-${today()}.csv"`);
    const expected = exported.reviewLogs
      .filter((log) => log.deletedAt === null)
      .map((log) => `${log.cardId},${Date.parse(log.reviewedAt)},${log.rating},${log.state},${log.durationMs}`);
    expect(await response.text()).toBe([HEADER, ...expected, ""].join("\n"));
  });

  it("imports the file into a new account, which then exports the same data; a second import is refused", async () => {
    const target = await signedInFetcher();
    const imported = await target("/api/import/account", { method: "POST", body: exportText });
    expect(imported.status).toBe(201);
    expect((await imported.json()).imported).toEqual({
      cardStates: exported.cardStates.length,
      reviewLogs: exported.reviewLogs.length,
      quizzes: 1,
      quizQuestions: 5,
    });
    const again: ExportDocument = await (await target("/api/export/account.json")).json();
    expect(comparableExport(again)).toEqual(comparableExport(exported));
    // The copy is a working account: its review session opens.
    expect((await target("/api/review")).status).toBe(200);

    const twice = await target("/api/import/account", { method: "POST", body: exportText });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error).toMatchObject({ code: "conflict", message: expect.stringMatching(/already has reviews/) });
  });

  it("takes a file larger than the proxy's 10 MB body limit whole", async () => {
    const target = await signedInFetcher();
    // Leading whitespace: if anything cut the body short, the JSON would be incomplete.
    const padded = " ".repeat(11 * 1024 * 1024) + exportText;
    const response = await target("/api/import/account", { method: "POST", body: padded });
    expect(response.status).toBe(201);
  });

  it.each([
    ["a CSV", `${HEADER}\nx,1,3,0,1\n`, 400, "bad_request", /not valid JSON/],
    ["a truncated export", "TRUNCATE", 400, "bad_request", /not valid JSON/],
    ["another app's JSON", JSON.stringify({ deck: "Anki", cards: [] }), 422, "invalid_input", /not a Recall ML export/],
    ["a newer version", "VERSION2", 422, "invalid_input", /newer version/],
  ])("refuses %s with a clear message and imports nothing", async (_label, body, status, code, message) => {
    const target = await signedInFetcher();
    const text = body === "TRUNCATE" ? exportText.slice(0, exportText.length / 2) : body === "VERSION2" ? JSON.stringify({ ...exported, version: 2 }) : body;
    const response = await target("/api/import/account", { method: "POST", body: text });
    expect(response.status).toBe(status);
    const error = (await response.json()).error;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    const after: ExportDocument = await (await target("/api/export/account.json")).json();
    expect([after.cardStates.length, after.reviewLogs.length, after.quizzes.length]).toEqual([0, 0, 0]);
  });

  describe("in Settings", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("imports a file through the form into a new account, and offers both downloads", async () => {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      // Signing up opens /review, which gives the account untouched New rows: it still counts as empty.
      await signUp(page, { name: "Mover", email: uniqueEmail("mover"), password: "moving-servers" });
      await page.goto("/settings");
      const section = page.getByRole("region", { name: "Your data" });
      expect(await section.getByRole("link", { name: "Export review history (CSV)" }).getAttribute("href")).toBe("/api/export/review-log.csv");
      expect(await section.getByRole("link", { name: "Export everything (JSON)" }).getAttribute("href")).toBe("/api/export/account.json");

      await page.getByRole("button", { name: "Import" }).click();
      expect(await section.getByRole("alert").textContent()).toMatch(/Choose the .json file/);

      await page.getByLabel("Export file (JSON)").setInputFiles({ name: "recall-ml-export.json", mimeType: "application/json", buffer: Buffer.from(exportText) });
      await page.getByRole("button", { name: "Import" }).click();
      await section.getByRole("status").waitFor();
      expect(await section.getByRole("status").textContent()).toBe(
        `Imported ${exported.reviewLogs.length} reviews, ${exported.cardStates.length.toLocaleString("en-US")} card states and 1 quiz.`,
      );
      await screenshot(page, "settings-your-data");
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoSeriousA11yViolations(page);
      }

      // The download link works from the page's own session.
      const download = page.waitForEvent("download");
      await section.getByRole("link", { name: "Export review history (CSV)" }).click();
      expect((await download).suggestedFilename()).toBe(`recall-ml-review-log-${today()}.csv`);

      await page.getByLabel("Export file (JSON)").setInputFiles({ name: "again.json", mimeType: "application/json", buffer: Buffer.from(exportText) });
      await page.getByRole("button", { name: "Import" }).click();
      await section.getByRole("alert").waitFor();
      expect(await section.getByRole("alert").textContent()).toMatch(/already has reviews/);
      await ctx.close();
    });

    it("fits a 375 px phone screen in dark mode", async () => {
      const ctx = await newContext(browser, { width: 375, colorScheme: "dark" });
      const page = await ctx.newPage();
      await signUp(page, { name: "Phone Mover", email: uniqueEmail("phone-mover"), password: "small-screen" });
      await page.goto("/settings");
      await page.getByRole("heading", { name: "Your data" }).scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, "settings-your-data-375-dark");
      await ctx.close();
    });
  });
});
