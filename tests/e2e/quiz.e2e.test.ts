// One file for the quiz journey (practice by keyboard, results and retry, a timed mock, the form):
// the steps share a learner and a finished quiz, which is why it runs a little past 300 lines.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signUp, uniqueEmail } from "./support/browser";
import { queryE2eDatabase } from "./support/database";
import { questionSecret } from "./support/quiz-answers";

const SHOT_DIR = "/tmp/quiz-shots";

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOT_DIR}/${name}.png`, fullPage: true });
}

/** Presses Tab until the focused element matches `selector` (and contains `text`), like a keyboard user. */
async function tabTo(page: Page, selector: string, text = ""): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const isThere = await page.evaluate(
      ([css, wanted]) => {
        const active = document.activeElement;
        return Boolean(active?.matches(css) && (active.textContent ?? "").includes(wanted));
      },
      [selector, text] as const,
    );
    if (isThere) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

type Asked = { questionId: string; kind: string };

/** Waits for a question other than `previous` to be asked, or for the results page. */
async function nextAsked(page: Page, previous: string | null): Promise<Asked | null> {
  await page.waitForFunction(
    (id) => location.pathname.endsWith("/results") || Boolean(document.querySelector(`[data-stage="asking"]:not([data-question-id="${id}"])`)),
    previous ?? "",
  );
  if (page.url().includes("/results")) return null;
  const card = page.locator('[data-stage="asking"]');
  return { questionId: (await card.getAttribute("data-question-id")) ?? "", kind: (await card.getAttribute("data-kind")) ?? "" };
}

/** One edit on a long enough name: the last letter changed, so the server accepts it as a typo. */
function withTypo(name: string): string | null {
  if (name.replace(/[^\p{L}\p{N}]/gu, "").length < 8) return null;
  const index = [...name].findLastIndex((char) => /[a-z]/.test(char));
  if (index < 0) return null;
  const chars = [...name];
  chars[index] = chars[index] === "x" ? "q" : "x";
  return chars.join("");
}

describe("journey: quizzes", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  let practicePage: Page;
  let practiceQuizId = "";
  let missedCardIds: string[] = [];

  it("answers a 10-question practice quiz with the keyboard alone, through to the results", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    practicePage = page;
    const email = uniqueEmail("quizzer");

    await page.goto("/signup");
    await page.keyboard.type("Keyboard Quizzer");
    await page.keyboard.press("Tab");
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("types-not-clicks");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/review");

    // To the quiz through the main navigation, then the defaults: all topics, 10 questions, practice.
    await tabTo(page, 'nav a[href="/quiz"]');
    await page.keyboard.press("Enter");
    await page.waitForURL("**/quiz");
    await page.getByRole("heading", { name: "New quiz" }).waitFor();
    expect(await page.getByLabel("Questions").inputValue()).toBe("10");
    await shot(page, "quiz-form");
    await tabTo(page, 'button[type="submit"]', "Start quiz");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/quiz\/[^/]+$/);
    practiceQuizId = new URL(page.url()).pathname.split("/").pop() ?? "";

    const missedOnPurpose = new Set([1, 4]);
    const kindsSeen: string[] = [];
    let hasShownTypo = false;
    let asked = await nextAsked(page, null);
    for (let i = 0; asked; i++) {
      expect(await page.getByTestId("question-count").textContent()).toBe(`Question ${i + 1} of 10`);
      const secret = await questionSecret(asked.questionId);
      const isRight = !missedOnPurpose.has(i);
      const { payload, solution } = secret;
      kindsSeen.push(asked.kind);
      let expectedVerdict = "correct";
      if (i === 0) await shot(page, `quiz-question-${asked.kind}`);

      if (payload.kind === "mcq" || payload.kind === "which-family") {
        const index = isRight ? payload.correctIndex : (payload.correctIndex + 1) % payload.options.length;
        // Digits and letters both pick an option.
        await page.keyboard.press(i % 2 === 0 ? String(index + 1) : "ABCD"[index]);
      } else if (payload.kind === "true-false") {
        await page.keyboard.press(payload.isTrue === isRight ? "t" : "f");
      } else if (payload.kind === "metric" || payload.kind === "cloze") {
        let text = solution.correctAnswer;
        if (!isRight) text = payload.kind === "cloze" ? "zzzz-not-this" : text === "undefined" ? "0.5" : "undefined";
        const typo = payload.kind === "cloze" && isRight && !hasShownTypo ? withTypo(payload.answer) : null;
        // The answer field has the focus already.
        await page.keyboard.type(typo ?? text);
        await page.keyboard.press("Enter");
        if (typo) {
          expectedVerdict = "typo";
          await page.locator('[data-stage="feedback"] [data-verdict="typo"]').waitFor();
          expect(await page.locator(".feedback").textContent()).toContain("accepted with a typo");
          await shot(page, "quiz-feedback-typo");
          hasShownTypo = true;
        }
      } else {
        await page.keyboard.type("My interview answer, in my own words.");
        await page.keyboard.press("Control+Enter");
        await page.locator('[data-stage="grading"]').waitFor();
        expect(await page.locator(".feedback__model").textContent()).toBe(solution.modelAnswer);
        await tabTo(page, '.grader input[type="checkbox"]');
        await page.keyboard.press("Space");
        expect(await page.locator(".grader__suggestion").textContent()).toContain(`1 of ${solution.keyPoints.length} key points`);
        await shot(page, "quiz-grading");
        await page.keyboard.press(isRight ? "3" : "1");
        asked = await nextAsked(page, asked.questionId);
        continue;
      }

      const feedback = page.locator('[data-stage="feedback"] .feedback');
      await feedback.waitFor();
      expect(await feedback.getAttribute("data-verdict")).toBe(isRight ? expectedVerdict : "wrong");
      expect(await feedback.textContent()).toContain(solution.correctAnswer);
      expect(await feedback.locator('a[href^="/library/"]').count()).toBe(1);
      // Focus is on Next, so Enter (or N) moves on.
      expect(await page.evaluate(() => document.activeElement?.classList.contains("feedback__next"))).toBe(true);
      if (i === 1) await shot(page, "quiz-feedback-wrong");
      await page.keyboard.press(i % 2 === 0 ? "Enter" : "n");
      asked = await nextAsked(page, asked.questionId);
    }

    await page.waitForURL(`**/quiz/${practiceQuizId}/results`);
    expect(kindsSeen).toHaveLength(10);
    expect(await page.getByTestId("score").textContent()).toMatch(/^8 of 10 correct/);
    expect(await page.locator(".result").count()).toBe(10);
    await shot(page, "quiz-results");

    const rows = await queryE2eDatabase<{ cardId: string; isCorrect: number | boolean; position: number }>(
      'SELECT "cardId", "isCorrect", "position" FROM "QuizQuestion" WHERE "quizId" = ? ORDER BY "position"',
      practiceQuizId,
    );
    expect(rows.filter((row) => !row.isCorrect).map((row) => row.position)).toEqual([1, 4]);
    missedCardIds = rows.filter((row) => !row.isCorrect).map((row) => row.cardId).sort();
    const logs = await queryE2eDatabase<{ source: string }>(
      'SELECT "source" FROM "ReviewLog" WHERE "userId" = (SELECT "userId" FROM "Quiz" WHERE "id" = ?) AND "deletedAt" IS NULL',
      practiceQuizId,
    );
    expect(logs).toHaveLength(10);
    expect(logs.every((log) => log.source === "quiz")).toBe(true);
  });

  it("shows each result with the answer and the concept, retries the missed ones, and lists both in history", async () => {
    const page = practicePage;
    // Missed: wrong, or an open answer self-graded Again.
    const wrong = page.locator(".result.result--wrong");
    expect(await wrong.count()).toBe(2);
    const first = wrong.first();
    expect(await first.textContent()).toContain("Your answer");
    // A checked question shows its correct answer; an open one its model answer.
    expect(await first.textContent()).toMatch(/Correct answer|Model answer/);
    expect(await first.locator('a[href^="/library/"]').count()).toBe(1);
    expect(await page.locator(".topic-scores tbody tr").count()).toBeGreaterThan(0);

    // Still the keyboard: Tab to the retry button, Enter.
    await tabTo(page, "button", "Retry the ones I missed (2)");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => /\/quiz\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(practiceQuizId));
    const retryId = new URL(page.url()).pathname.split("/").pop();
    await page.locator('[data-stage="asking"]').waitFor();
    expect(await page.getByTestId("question-count").textContent()).toBe("Question 1 of 2");
    const [retry] = await queryE2eDatabase<{ retryOfQuizId: string; questionCount: number; mode: string }>(
      'SELECT "retryOfQuizId", "questionCount", "mode" FROM "Quiz" WHERE "id" = ?',
      retryId,
    );
    expect(retry).toEqual({ retryOfQuizId: practiceQuizId, questionCount: 2, mode: "practice" });
    const retriedCards = await queryE2eDatabase<{ cardId: string }>('SELECT "cardId" FROM "QuizQuestion" WHERE "quizId" = ? ORDER BY "cardId"', retryId);
    expect(retriedCards.map((row) => row.cardId)).toEqual(missedCardIds);

    await page.goto("/quiz/history");
    const entries = page.locator(".history__entry");
    expect(await entries.count()).toBe(2);
    expect(await entries.nth(0).getAttribute("data-quiz-id")).toBe(retryId);
    expect(await entries.nth(0).getByRole("link", { name: "Resume" }).getAttribute("href")).toBe(`/quiz/${retryId}`);
    expect(await entries.nth(1).textContent()).toContain("8 / 10");
    expect(await entries.nth(1).getByRole("link", { name: "Results" }).getAttribute("href")).toBe(`/quiz/${practiceQuizId}/results`);
    await shot(page, "quiz-history");

    // A finished quiz's page goes to its results; an unfinished quiz's results go back to the quiz.
    await page.goto(`/quiz/${practiceQuizId}`);
    await page.waitForURL(`**/quiz/${practiceQuizId}/results`);
    await page.goto(`/quiz/${retryId}/results`);
    await page.waitForURL(`**/quiz/${retryId}`);
    await page.context().close();
  });

  it("runs a timed mock interview: no feedback on the way, one question timed out, results at the end", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signUp(page, { name: "Mock Candidate", email: uniqueEmail("mock"), password: "beats-the-clock" });
    await page.goto("/quiz");
    await page.getByLabel(/Mock interview/).check();
    await page.getByLabel("Seconds per question").fill("10");
    await page.getByLabel("Questions").fill("5");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[^/]+$/);
    const quizId = new URL(page.url()).pathname.split("/").pop();

    let asked = await nextAsked(page, null);
    expect(await page.locator(".countdown__value").textContent()).toMatch(/^0:(10|0\d)$/);
    await shot(page, "quiz-mock-countdown");
    // The first question is left alone: the clock runs out, the server records the timeout and the next one appears.
    const timedOut = asked!.questionId;
    asked = await nextAsked(page, timedOut);
    expect(asked).not.toBeNull();

    let typedOpen = 0;
    while (asked) {
      const { payload, solution } = await questionSecret(asked.questionId);
      if (payload.kind === "mcq" || payload.kind === "which-family") await page.keyboard.press(String(payload.correctIndex + 1));
      else if (payload.kind === "true-false") await page.keyboard.press(payload.isTrue ? "t" : "f");
      else if (payload.kind === "metric" || payload.kind === "cloze") {
        await page.keyboard.type(solution.correctAnswer);
        await page.keyboard.press("Enter");
      } else {
        typedOpen += 1;
        await page.keyboard.type("An answer for the interviewer.");
        await page.keyboard.press("Control+Enter");
      }
      const previous = asked.questionId;
      asked = await nextAsked(page, previous);
      // Nothing about the answer is shown before the end.
      if (asked) expect(await page.locator(".feedback, .grader").count()).toBe(0);
    }

    await page.waitForURL(`**/quiz/${quizId}/results`);
    const timedOutResult = page.locator('.result[data-verdict="timeout"]');
    expect(await timedOutResult.count()).toBe(1);
    expect(await timedOutResult.textContent()).toContain("Timed out");
    const [row] = await queryE2eDatabase<{ verdict: string }>('SELECT "verdict" FROM "QuizQuestion" WHERE "id" = ?', timedOut);
    expect(row.verdict).toBe("timeout");
    // Every answer but the timed-out one was right; an open answer still to grade is not yet correct.
    expect(await page.getByTestId("score").textContent()).toMatch(new RegExp(`^${4 - typedOpen} of 5 correct`));
    await shot(page, "quiz-mock-results");

    // Open answers of a mock interview are graded here, after the end, against their key points.
    if (typedOpen > 0) {
      const pending = page.locator('.result[data-verdict="pending"]').first();
      await pending.locator('input[type="checkbox"]').first().check();
      await pending.getByRole("button", { name: /Good/ }).click();
      await page.waitForFunction((count) => document.querySelectorAll('.result[data-verdict="pending"]').length === count - 1, typedOpen);
    }

    const phone = await newContext(browser, { width: 375, colorScheme: "dark" });
    await phone.addCookies(await ctx.cookies());
    const small = await phone.newPage();
    await small.goto(`/quiz/${quizId}/results`);
    await small.getByRole("heading", { name: "Results" }).waitFor();
    await shot(small, "quiz-mock-results-375-dark");
    await phone.close();
    await ctx.close();
  });

  it("shows field errors from the server beside the fields, and the no-history notice for weak spots", async () => {
    const ctx = await newContext(browser, { width: 375, colorScheme: "dark" });
    const page = await ctx.newPage();
    await signUp(page, { name: "New Learner", email: uniqueEmail("weak"), password: "no-history-yet" });
    await page.goto("/quiz");
    await page.getByLabel("Questions").fill("4");
    await page.getByLabel("All topics").uncheck();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.locator("#quiz-length-error").waitFor();
    expect(await page.locator("#quiz-length-error").textContent()).toBe("A quiz has 5-50 questions.");
    expect(await page.locator("#topics-error").textContent()).toBe("Choose at least one topic.");
    expect(await page.getByLabel("Questions").getAttribute("aria-invalid")).toBe("true");
    await shot(page, "quiz-form-errors-375-dark");

    await page.getByLabel("Questions").fill("5");
    await page.getByLabel("Evaluation").check();
    await page.getByLabel("Focus on my weak spots").check();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[^/]+\?notice=no-history$/);
    await page.getByText("You have no review history in these topics yet, so this is a normal quiz.").waitFor();
    await page.locator('[data-stage="asking"]').waitFor();
    await shot(page, "quiz-question-375-dark");

    await page.emulateMedia({ colorScheme: "light" });
    await shot(page, "quiz-question-375-light");
    await ctx.close();
  });
});
