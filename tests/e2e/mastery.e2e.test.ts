// The mastery journey: a brand-new learner's page, then the same learner after a review session
// and a quiz, checked against what the database holds; light, dark and phone screenshots, axe.
import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot, signUp, uniqueEmail } from "./support/browser";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { queryE2eDatabase } from "./support/database";
import { answerBody, questionSecret } from "./support/quiz-answers";

const REVIEWS = 6;
const QUIZ_RIGHT = [true, false, true, true, false];

async function gradeWithKeyboard(page: Page, count: number): Promise<void> {
  await page.goto("/review");
  for (let i = 0; i < count; i++) {
    const card = page.locator("[data-card-id]");
    await card.waitFor();
    const cardId = (await card.getAttribute("data-card-id")) ?? "";
    await page.keyboard.press("Space");
    await page.locator(".grades").waitFor();
    await page.keyboard.press(i === 0 ? "1" : "3");
    await page.waitForFunction((id) => document.querySelector("[data-card-id]")?.getAttribute("data-card-id") !== id, cardId);
  }
}

/** A 5-question practice quiz on one topic, answered through the API: right, wrong, right, right, wrong. */
async function takeQuiz(request: APIRequestContext, topic: string): Promise<void> {
  const created = await request.post("/api/quizzes", { data: { topics: [topic], length: QUIZ_RIGHT.length, mode: "practice" } });
  expect(created.status()).toBe(201);
  const { quizId } = await created.json();
  for (const [index, isRight] of QUIZ_RIGHT.entries()) {
    const view = await (await request.get(`/api/quizzes/${quizId}`)).json();
    const questionId: string = view.current.questionId;
    const secret = await questionSecret(questionId);
    const first = await request.post(`/api/quizzes/${quizId}/answers`, { data: { questionId, answerId: `mastery-${Date.now()}-${index}-a`, ...answerBody(secret, isRight) } });
    expect(first.status(), `${secret.kind}: ${await first.text()}`).toBe(201);
    if (secret.kind === "open" || secret.kind === "compare") {
      const graded = await request.post(`/api/quizzes/${quizId}/answers`, {
        data: { questionId, answerId: `mastery-${Date.now()}-${index}-g`, coveredKeyPoints: isRight ? [0] : [], rating: isRight ? 3 : 1 },
      });
      expect(graded.status()).toBe(201);
    }
  }
}

describe("journey: mastery", () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let userId = "";
  beforeAll(async () => {
    browser = await launchBrowser();
    ctx = await newContext(browser);
    page = await ctx.newPage();
  });
  afterAll(() => browser?.close());

  it("shows a brand-new learner zeros, what the page is for and the way to start, not empty charts", async () => {
    const email = uniqueEmail("mastery");
    await signUp(page, { name: "Mastery Learner", email, password: "watch-it-grow" });
    [{ id: userId }] = await queryE2eDatabase<{ id: string }>('SELECT "id" FROM "User" WHERE "email" = ?', email);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mastery" }).click();
    await page.waitForURL("**/mastery");
    await page.getByRole("heading", { level: 1, name: "Mastery" }).waitFor();
    expect(await page.getByRole("link", { name: /start your first review/i }).getAttribute("href")).toBe("/review");
    expect(await page.locator(".topic-card").count()).toBe(10);
    expect(await page.locator(".topic-card__percent").allTextContents()).toEqual(new Array(10).fill("0%"));
    expect(await page.locator("svg[role='img'], figure svg").count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "mastery-new-learner");
  });

  it("after a review session and a quiz, shows the counts the database holds", async () => {
    await gradeWithKeyboard(page, REVIEWS);
    await takeQuiz(ctx.request, "fundamentals");

    const [{ logs }] = await queryE2eDatabase<{ logs: number }>('SELECT COUNT(*) AS "logs" FROM "ReviewLog" WHERE "userId" = ? AND "deletedAt" IS NULL', userId);
    expect(logs).toBe(REVIEWS + QUIZ_RIGHT.length);
    const reviewedTopics = await queryE2eDatabase<{ topic: string; concepts: number }>(
      'SELECT s."cardTopic" AS "topic", COUNT(DISTINCT c."conceptId") AS "concepts" FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId" WHERE s."userId" = ? AND s."lastReview" IS NOT NULL GROUP BY s."cardTopic"',
      userId,
    );

    await page.goto("/mastery");
    await page.getByRole("heading", { level: 1, name: "Mastery" }).waitFor();
    expect(await page.getByRole("link", { name: /start your first review/i }).count()).toBe(0);

    // The heatmap's numbers: today holds every grade, review and quiz alike; a one-day streak.
    const calendar = page.locator("details", { hasText: "Show the numbers" }).filter({ has: page.locator("table") });
    expect(await calendar.count()).toBeGreaterThanOrEqual(5);
    const summary = page.getByRole("region", { name: "Summary" });
    await expect.poll(() => summary.textContent()).toMatch(/Streak\s*1 day/);
    expect(await summary.textContent()).toMatch(/Quiz accuracy\s*60%/);

    // Each topic card: concepts seen as the database counts them; the quizzed topic's accuracy.
    for (const { topic, concepts } of reviewedTopics) {
      const card = page.locator(`.topic-card[data-topic="${topic}"]`);
      expect(await card.textContent()).toContain(`${concepts} /`);
    }
    const fundamentals = page.locator('.topic-card[data-topic="fundamentals"]');
    expect(await fundamentals.textContent()).toMatch(/60%\s*of 5 answers/);
    expect(await fundamentals.getByRole("link", { name: /study this topic/i }).getAttribute("href")).toBe("/review?topic=fundamentals");

    // Charts are drawn (server-rendered SVG), each with an accessible name.
    const charts = page.locator("section.chart");
    expect(await charts.count()).toBe(5);
    for (const chart of await charts.all()) expect(await chart.locator("[role='img']").first().getAttribute("aria-label")).toBeTruthy();

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "mastery-after-first-day");
  });

  it("reads well in dark mode and on a 375 px phone", async () => {
    for (const options of [{ colorScheme: "dark" as const }, { width: 375 }]) {
      const other = await newContext(browser, options);
      await other.addCookies(await ctx.cookies());
      const view = await other.newPage();
      await view.goto("/mastery");
      await view.getByRole("heading", { level: 1, name: "Mastery" }).waitFor();
      if (options.width) expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoSeriousA11yViolations(view);
      await screenshot(view, options.width ? "mastery-375" : "mastery-dark");
      await other.close();
    }
  });

  it("starts a quiz on a topic from its card", async () => {
    await page.goto("/mastery");
    await page.locator('.topic-card[data-topic="nlp"]').getByRole("button", { name: /quiz me on this/i }).click();
    await page.waitForURL(/\/quiz\/[^/]+$/);
    const quizId = page.url().split("/").at(-1);
    const [quiz] = await queryE2eDatabase<{ topics: string; userId: string }>('SELECT "topics", "userId" FROM "Quiz" WHERE "id" = ?', quizId);
    expect(quiz).toEqual({ topics: JSON.stringify(["nlp"]), userId });
  });
});
