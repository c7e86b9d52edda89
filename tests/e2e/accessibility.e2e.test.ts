import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { launchBrowser, newContext, saveSetting, signIn, signUp, uniqueEmail } from "./support/browser";
import { answerBody, questionSecret } from "./support/quiz-answers";

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

  it("/quiz, the settings form, and after a refused submission", async () => {
    await member.goto("/quiz");
    await member.getByRole("heading", { name: "New quiz" }).waitFor();
    await expectAccessibleInBothSchemes(member);
    await member.getByLabel(/Mock interview/).check();
    await member.getByLabel("Questions").fill("4");
    await member.getByRole("button", { name: "Start quiz" }).click();
    await member.locator("#quiz-length-error").waitFor();
    await expectAccessibleInBothSchemes(member);
  });

  it("/quiz/[quizId] asking, giving feedback, and a mock question with its countdown", async () => {
    const created = await member.request.post("/api/quizzes", { data: { topics: ["evaluation"], length: 5, mode: "practice" } });
    const { quizId } = await created.json();
    await member.goto(`/quiz/${quizId}`);
    const asking = member.locator('[data-stage="asking"]');
    await asking.waitFor();
    await expectAccessibleInBothSchemes(member);
    const secret = await questionSecret((await asking.getAttribute("data-question-id")) ?? "");
    const body = answerBody(secret, false);
    if ("optionIndex" in body) await member.keyboard.press(String(Number(body.optionIndex) + 1));
    else if ("value" in body) await member.keyboard.press(body.value ? "t" : "f");
    else {
      await member.keyboard.type(String(body.text));
      await member.keyboard.press(secret.kind === "open" || secret.kind === "compare" ? "Control+Enter" : "Enter");
    }
    await member.locator('[data-stage="feedback"], [data-stage="grading"]').waitFor();
    await expectAccessibleInBothSchemes(member);

    const mock = await member.request.post("/api/quizzes", { data: { topics: ["evaluation"], length: 5, mode: "mock", timeLimitSeconds: 600 } });
    await member.goto(`/quiz/${(await mock.json()).quizId}`);
    await member.locator(".countdown__value").waitFor();
    await expectAccessibleInBothSchemes(member);
  });

  it("/quiz/[quizId]/results and /quiz/history", async () => {
    const created = await member.request.post("/api/quizzes", { data: { topics: ["evaluation", "supervised"], length: 5, mode: "mock", timeLimitSeconds: 600 } });
    const { quizId } = await created.json();
    // Answered through the API, some right and some wrong; open answers stay to grade on the results page.
    for (let i = 0; ; i++) {
      const view = await (await member.request.get(`/api/quizzes/${quizId}`)).json();
      if (!view.current) break;
      const body = answerBody(await questionSecret(view.current.questionId), i % 2 === 0);
      await member.request.post(`/api/quizzes/${quizId}/answers`, { data: { questionId: view.current.questionId, answerId: `a11y-${quizId}-${i}`, ...body } });
    }
    await member.goto(`/quiz/${quizId}/results`);
    await member.getByRole("heading", { name: "Results" }).waitFor();
    await expectAccessibleInBothSchemes(member);
    await member.goto("/quiz/history");
    await member.locator(".history__entry").first().waitFor();
    await expectAccessibleInBothSchemes(member);
  });

  it("the not-found page", async () => {
    await member.goto("/library/no-such-concept");
    await member.getByRole("heading", { name: "Page not found" }).waitFor();
    await expectAccessibleInBothSchemes(member);
  });
});
