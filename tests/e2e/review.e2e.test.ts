import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, saveSetting, screenshot, signUp, uniqueEmail } from "./support/browser";
import { queryE2eDatabase } from "./support/database";

async function counts(page: Page) {
  const read = async (name: string) => Number(await page.getByTestId(`count-${name}`).textContent());
  return { new: await read("new"), learning: await read("learning"), review: await read("review") };
}

async function currentCardId(page: Page): Promise<string> {
  return (await page.locator("[data-card-id]").getAttribute("data-card-id")) ?? "";
}

/** Waits until the card on screen is no longer `previous` (the grade's response has arrived). */
async function waitForCardChange(page: Page, previous: string) {
  await page.waitForFunction((id) => document.querySelector("[data-card-id]")?.getAttribute("data-card-id") !== id, previous);
}

describe("journey: a day's review with the keyboard only", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("signs up, reviews 10 cards, undoes one, reloads, and finds counts and states as expected", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const email = uniqueEmail("reviewer");

    // Sign up with the keyboard: type, Tab between fields, Enter submits.
    await page.goto("/signup");
    await page.keyboard.type("Keyboard Learner");
    await page.keyboard.press("Tab");
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("space-then-three");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/review");
    await page.locator("[data-card-id]").waitFor();
    expect(await counts(page)).toEqual({ new: 20, learning: 0, review: 0 });
    await screenshot(page, "review-prompt");

    const graded: string[] = [];
    for (let i = 0; i < 10; i++) {
      const cardId = await currentCardId(page);
      await page.keyboard.press("Space");
      await page.locator(".grades").waitFor();
      if (i === 0) await screenshot(page, "review-answer");
      // Good and Easy alternate: Good keeps a card in learning (due in 10 minutes), Easy makes it a review card.
      await page.keyboard.press(i % 2 === 0 ? "3" : "4");
      await waitForCardChange(page, cardId);
      graded.push(cardId);
    }
    expect(new Set(graded).size).toBe(10);
    // Siblings never meet: no two graded cards share a concept.
    expect(new Set(graded.map((id) => id.split(":")[0])).size).toBe(10);
    expect(await counts(page)).toEqual({ new: 10, learning: 0, review: 0 });
    expect(await page.locator(".queue__done").textContent()).toBe("10 reviewed today");

    // Undo the tenth grade: the same card comes back, as new.
    const afterTen = await currentCardId(page);
    await page.keyboard.press("u");
    await waitForCardChange(page, afterTen);
    expect(await currentCardId(page)).toBe(graded[9]);
    expect(await counts(page)).toEqual({ new: 11, learning: 0, review: 0 });
    await screenshot(page, "review-after-undo");

    await page.reload();
    await page.locator("[data-card-id]").waitFor();
    expect(await currentCardId(page)).toBe(graded[9]);
    expect(await counts(page)).toEqual({ new: 11, learning: 0, review: 0 });
    expect(await page.locator(".queue__done").textContent()).toBe("9 reviewed today");

    const [user] = await queryE2eDatabase<{ id: string }>('SELECT "id" FROM "User" WHERE "email" = ?', email);
    const logs = await queryE2eDatabase<{ cardId: string; rating: number; deletedAt: unknown; durationMs: number }>(
      'SELECT "cardId", "rating", "deletedAt", "durationMs" FROM "ReviewLog" WHERE "userId" = ? ORDER BY "reviewedAt"',
      user.id,
    );
    expect(logs.map((log) => log.cardId)).toEqual(graded);
    expect(logs.filter((log) => log.deletedAt !== null).map((log) => log.cardId)).toEqual([graded[9]]);
    expect(logs.every((log) => log.durationMs >= 0)).toBe(true);
    const states = await queryE2eDatabase<{ cardId: string; state: number; learningSteps: number; reps: number }>(
      'SELECT "cardId", "state", "learningSteps", "reps" FROM "CardState" WHERE "userId" = ? AND "reps" > 0 ORDER BY "cardId"',
      user.id,
    );
    expect(states).toHaveLength(9);
    for (const [index, cardId] of graded.slice(0, 9).entries()) {
      const state = states.find((candidate) => candidate.cardId === cardId);
      // Good -> learning at the second step; Easy -> review.
      expect(state).toMatchObject(index % 2 === 0 ? { state: 1, learningSteps: 1, reps: 1 } : { state: 2, reps: 1 });
    }
    const undone = await queryE2eDatabase<{ state: number; reps: number }>('SELECT "state", "reps" FROM "CardState" WHERE "userId" = ? AND "cardId" = ?', user.id, graded[9]);
    expect(undone).toEqual([{ state: 0, reps: 0 }]);
    await ctx.close();
  });

  it("shows done-for-today with the next due time, on a phone in dark mode", async () => {
    const ctx = await newContext(browser, { width: 375, colorScheme: "dark" });
    const page = await ctx.newPage();
    await signUp(page, { name: "Finisher", email: uniqueEmail("finisher"), password: "finishes-early" });
    await screenshot(page, "review-375-dark");

    await saveSetting(page, "New cards per day", "1");
    await page.goto("/review");
    const cardId = await currentCardId(page);
    await page.keyboard.press("Space");
    await page.keyboard.press("4");
    await page.getByRole("heading", { name: "You are done for today" }).waitFor();
    expect(await page.locator(".done").textContent()).toMatch(/next card is due on/);
    expect(await counts(page)).toEqual({ new: 0, learning: 0, review: 0 });
    await screenshot(page, "review-done-375-dark");
    expect(cardId).not.toBe("");
    await ctx.close();
  });

  it("lists a leech in Settings and puts it back with Unsuspend", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signUp(page, { name: "Forgetful", email: uniqueEmail("leech"), password: "forgets-things" });

    await saveSetting(page, "Leech threshold (lapses)", "1");

    // Easy makes the first card a review card; Again on it right away is a lapse, and a leech at threshold 1.
    await page.goto("/review");
    const cardId = await currentCardId(page);
    await page.keyboard.press("Space");
    await page.keyboard.press("4");
    await waitForCardChange(page, cardId);
    const grade = (rating: number, version: number) =>
      ctx.request.post("/api/review/grades", { data: { cardId, reviewId: `leech-${rating}-${version}`, rating, version, durationMs: 500 } });
    expect((await grade(1, 1)).status()).toBe(201);

    await page.goto("/settings");
    const leech = page.locator(".leech");
    await leech.waitFor();
    expect(await leech.textContent()).toMatch(/forgotten 1 times/);
    await screenshot(page, "settings-leeches");
    await leech.getByRole("button", { name: "Unsuspend" }).click();
    await page.getByText("No leeches").waitFor();
    await ctx.close();
  });

  it("refuses a grade made stale in another tab with a message and shows the current card", async () => {
    const ctx = await newContext(browser);
    const first = await ctx.newPage();
    await signUp(first, { name: "Two Tabs", email: uniqueEmail("tabs"), password: "two-tabs-open" });
    const second = await ctx.newPage();
    await second.goto("/review");
    const cardId = await currentCardId(first);
    expect(await currentCardId(second)).toBe(cardId);

    await first.keyboard.press("Space");
    await first.keyboard.press("3");
    await waitForCardChange(first, cardId);

    // The second tab still shows the graded card at its old version: its grade is refused.
    await second.keyboard.press("Space");
    await second.keyboard.press("1");
    await second.locator("p.notice").waitFor();
    expect(await second.locator("p.notice").textContent()).toMatch(/changed in another tab/);
    await waitForCardChange(second, cardId);
    expect(await currentCardId(second)).toBe(await currentCardId(first));
    await screenshot(second, "review-stale-tab");
    await ctx.close();
  });
});
