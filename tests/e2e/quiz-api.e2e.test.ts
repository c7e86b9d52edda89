import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./support/browser";
import { signedInFetcher } from "./support/api-session";
import { queryE2eDatabase, writeE2eDatabase } from "./support/database";
import { answerBody, questionSecret } from "./support/quiz-answers";
import { loadKnowledgeBase } from "@/lib/server/content-files";

const asWord = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");

const TOPIC_TITLES = loadKnowledgeBase().knowledgeBase.topics.map((topic) => topic.title);

type Fetcher = Awaited<ReturnType<typeof signedInFetcher>>;
type View = { quizId: string; isFinished: boolean; current: { questionId: string; kind: string } | null };

let answerCounter = 0;
const newAnswerId = (label = "a") => `${label}-${Date.now().toString(36)}-${(answerCounter += 1)}`;

async function createQuiz(api: Fetcher, settings: Record<string, unknown>): Promise<string> {
  const response = await api("/api/quizzes", { method: "POST", body: JSON.stringify({ topics: ["evaluation"], length: 5, mode: "practice", ...settings }) });
  expect(response.status).toBe(201);
  return (await response.json()).quizId;
}

const view = async (api: Fetcher, quizId: string): Promise<View> => (await api(`/api/quizzes/${quizId}`)).json();

const answer = (api: Fetcher, quizId: string, body: Record<string, unknown>) =>
  api(`/api/quizzes/${quizId}/answers`, { method: "POST", body: JSON.stringify(body) });

/** Answers the current question right; open and compare in their two steps. */
async function answerCurrent(api: Fetcher, quizId: string, current: { questionId: string }, answerId = newAnswerId()): Promise<Response> {
  const secret = await questionSecret(current.questionId);
  const first = await answer(api, quizId, { questionId: current.questionId, answerId, ...answerBody(secret, true) });
  if (secret.kind !== "open" && secret.kind !== "compare") return first;
  expect(first.status).toBe(201);
  return answer(api, quizId, { questionId: current.questionId, answerId: newAnswerId("grade"), coveredKeyPoints: [0], rating: 3 });
}

describe("quiz answers never reach the page before they are given", () => {
  it("keeps every unanswered question's answer out of the quiz page (HTML and RSC payload) and the view", async () => {
    const api = await signedInFetcher();
    const quizId = await createQuiz(api, { topics: ["fundamentals", "supervised", "evaluation", "deep-learning", "nlp"], length: 50 });
    const checked = new Set<string>();
    let current = (await view(api, quizId)).current;
    while (current) {
      const secret = await questionSecret(current.questionId);
      const html = await (await api(`/quiz/${quizId}`)).text();
      const json = JSON.stringify(await view(api, quizId));
      expect(html).toContain(current.questionId);
      // Field names anywhere in the document: the HTML and the RSC payload it carries.
      for (const text of [html, json]) {
        for (const field of ["correctIndex", "isTrue", "keyPoints", "modelAnswer", "correctAnswer"]) expect(text).not.toContain(field);
      }
      // Answer words where question data can be: the text on screen, the runner's props in the RSC
      // payload, and the view. Markup is left out, as common words ("hidden", "sum") are in any
      // page's attributes; so are topic titles, which are on the page by design and may be a term,
      // and JSON's null/true/false, as a cloze term can be "null" (hypothesis).
      const onScreen = html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ");
      const props = html.match(/initialView[\s\S]*?<\/script>/)?.[0] ?? "";
      expect(props).toContain(current.questionId);
      const tidy = (text: string) =>
        TOPIC_TITLES.reduce((rest, title) => rest.replaceAll(title, ""), text).replace(/\b(null|true|false)\b(?=[,}\]\\])/g, "");
      for (const text of [onScreen, props, json].map(tidy)) {
        if (secret.payload.kind === "cloze") {
          // As a whole word: a short term such as "sum" is inside longer words.
          const term = asWord(secret.payload.answer);
          expect(secret.payload.prompt).not.toMatch(term);
          expect(text).not.toMatch(term);
          checked.add("cloze");
        }
        if (secret.payload.kind === "open") {
          expect(text).not.toContain(secret.payload.keyPoints[0]);
          checked.add("open");
        }
      }
      expect([200, 201]).toContain((await answerCurrent(api, quizId, current)).status);
      current = (await view(api, quizId)).current;
    }
    expect([...checked].sort()).toEqual(["cloze", "open"]);
  });
});

describe("quiz API boundaries", () => {
  let api: Fetcher;
  beforeAll(async () => {
    api = await signedInFetcher();
  });

  it.each([
    ["POST", "/api/quizzes"],
    ["GET", "/api/quizzes"],
    ["GET", "/api/quizzes/some-quiz"],
    ["POST", "/api/quizzes/some-quiz/answers"],
    ["GET", "/api/quizzes/some-quiz/results"],
    ["POST", "/api/quizzes/some-quiz/retry"],
  ])("answers 401 to %s %s without a session", async (method, path) => {
    const response = await fetch(`${baseUrl()}${path}`, { method, body: method === "POST" ? "{}" : undefined });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });

  it.each([
    ["4 questions", { length: 4 }, "length", "A quiz has 5-50 questions."],
    ["51 questions", { length: 51 }, "length", "A quiz has 5-50 questions."],
    ["a 5-second time limit", { mode: "mock", timeLimitSeconds: 5 }, "timeLimitSeconds", "The time limit is 10-600 seconds per question."],
    ["a time limit on a practice quiz", { mode: "practice", timeLimitSeconds: 60 }, "timeLimitSeconds", "A practice quiz has no time limit."],
    ["no topic", { topics: [] }, "topics", "Choose at least one topic."],
    ["an unknown topic", { topics: ["astrology"] }, "topics.0", "Unknown topic."],
  ])("refuses a quiz of %s with 422, naming the field", async (_label, overrides, path, message) => {
    const [{ n: before }] = await queryE2eDatabase<{ n: number }>('SELECT COUNT(*) AS "n" FROM "Quiz"');
    const response = await api("/api/quizzes", { method: "POST", body: JSON.stringify({ topics: ["evaluation"], length: 10, mode: "practice", ...overrides }) });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.issues).toContainEqual({ path, message });
    expect((await queryE2eDatabase<{ n: number }>('SELECT COUNT(*) AS "n" FROM "Quiz"'))[0].n).toBe(before);
  });

  it("refuses answers that do not fit the question with 422 and records nothing", async () => {
    const quizId = await createQuiz(api, { length: 50 });
    const refused = new Set<string>();
    let current = (await view(api, quizId)).current;
    while (current) {
      const { kind } = current;
      const expectRefused = async (label: string, body: Record<string, unknown>) => {
        const response = await answer(api, quizId, { questionId: current!.questionId, answerId: newAnswerId(), ...body });
        expect(response.status, label).toBe(422);
        expect((await response.json()).error.code).toBe("invalid_input");
        refused.add(label);
      };
      if ((kind === "mcq" || kind === "which-family") && !refused.has("option")) await expectRefused("option", { optionIndex: 9 });
      if (kind === "metric" && !refused.has("metric")) await expectRefused("metric", { text: "about a half" });
      if (!refused.has("long")) await expectRefused("long", { text: "x".repeat(5001) });
      const [row] = await queryE2eDatabase<{ response: string | null }>('SELECT "response" FROM "QuizQuestion" WHERE "id" = ?', current.questionId);
      expect(row.response).toBeNull();
      expect([200, 201]).toContain((await answerCurrent(api, quizId, current)).status);
      current = (await view(api, quizId)).current;
    }
    expect([...refused].sort()).toEqual(["long", "metric", "option"]);

    // Finished: a second answer keeps the first (200, a replay); the results and a retry are open.
    const [last] = await queryE2eDatabase<{ id: string; verdict: string }>('SELECT "id", "verdict" FROM "QuizQuestion" WHERE "quizId" = ? ORDER BY "position" DESC LIMIT 1', quizId);
    const again = await answer(api, quizId, { questionId: last.id, answerId: newAnswerId(), ...answerBody(await questionSecret(last.id), false) });
    expect(again.status).toBe(200);
    expect((await again.json()).outcome).toMatchObject({ isReplay: true, isFinished: true });
    expect((await queryE2eDatabase<{ verdict: string }>('SELECT "verdict" FROM "QuizQuestion" WHERE "id" = ?', last.id))[0].verdict).toBe(last.verdict);
    expect((await api(`/api/quizzes/${quizId}/results`)).status).toBe(200);
  });

  it("answers 409 to an answer for a finished quiz, for results or a retry before the end, and for a question not asked yet", async () => {
    const quizId = await createQuiz(api, {});
    const { current } = await view(api, quizId);
    expect((await api(`/api/quizzes/${quizId}/results`)).status).toBe(409);
    expect((await api(`/api/quizzes/${quizId}/retry`, { method: "POST" })).status).toBe(409);

    const [notYet] = await queryE2eDatabase<{ id: string }>('SELECT "id" FROM "QuizQuestion" WHERE "quizId" = ? AND "shownAt" IS NULL LIMIT 1', quizId);
    const early = await answer(api, quizId, { questionId: notYet.id, answerId: newAnswerId(), ...answerBody(await questionSecret(notYet.id), true) });
    expect(early.status).toBe(409);

    // The API never finishes a quiz with a question open, so the state is made the way the data tests make it.
    expect(await writeE2eDatabase('UPDATE "Quiz" SET "finishedAt" = "createdAt" WHERE "id" = ?', quizId)).toBe(1);
    const late = await answer(api, quizId, { questionId: current!.questionId, answerId: newAnswerId(), ...answerBody(await questionSecret(current!.questionId), true) });
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({ error: { code: "conflict", message: "This quiz is finished." } });
  });

  it("answers 404 for an unknown quiz and for another learner's, on every route", async () => {
    const quizId = await createQuiz(api, {});
    const { current } = await view(api, quizId);
    const other = await signedInFetcher();
    for (const id of ["no-such-quiz", quizId]) {
      expect((await other(`/api/quizzes/${id}`)).status).toBe(404);
      expect((await other(`/api/quizzes/${id}/results`)).status).toBe(404);
      expect((await other(`/api/quizzes/${id}/retry`, { method: "POST" })).status).toBe(404);
      const response = await other(`/api/quizzes/${id}/answers`, { method: "POST", body: JSON.stringify({ questionId: current!.questionId, answerId: newAnswerId(), optionIndex: 0 }) });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
      expect((await other(`/quiz/${id}`)).status).toBe(404);
    }
    // Nothing of the owner's quiz moved.
    const [row] = await queryE2eDatabase<{ response: string | null }>('SELECT "response" FROM "QuizQuestion" WHERE "id" = ?', current!.questionId);
    expect(row.response).toBeNull();
  });

  it("applies a double submission once: the same answer id gives one review log, with source quiz", async () => {
    const quizId = await createQuiz(api, {});
    let current = (await view(api, quizId)).current!;
    // A checked question, so the first request is final.
    while (current.kind === "open" || current.kind === "compare") {
      await answerCurrent(api, quizId, current);
      current = (await view(api, quizId)).current!;
    }
    const answerId = newAnswerId("double");
    const body = { questionId: current.questionId, answerId, ...answerBody(await questionSecret(current.questionId), true) };
    const first = await answer(api, quizId, body);
    const second = await answer(api, quizId, body);
    expect([first.status, second.status]).toEqual([201, 200]);
    const [firstBody, secondBody] = [await first.json(), await second.json()];
    expect(secondBody.outcome).toEqual({ ...firstBody.outcome, isReplay: true });
    const logs = await queryE2eDatabase<{ source: string }>('SELECT "source" FROM "ReviewLog" WHERE "reviewId" = ?', answerId);
    expect(logs).toEqual([{ source: "quiz" }]);
  });

  it("lists the history newest first, a page at a time", async () => {
    const fresh = await signedInFetcher();
    const ids = [];
    for (let i = 0; i < 2; i++) ids.push(await createQuiz(fresh, {}));
    const page = await (await fresh("/api/quizzes?page=1")).json();
    expect(page.entries.map((entry: { quizId: string }) => entry.quizId)).toEqual([...ids].reverse());
    expect((await fresh("/api/quizzes?page=zero")).status).toBe(422);
  });
});
