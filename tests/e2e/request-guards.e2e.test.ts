// Every state-changing route against the request guards (a cross-site Origin gets 403, a body that
// does not say it is JSON 415, one over the limit 413) and against bad input (malformed JSON, wrong
// types, missing fields, unknown and another learner's ids, out-of-range values): each gets its
// documented 4xx, and nothing in the database changes.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { apiRouteFiles, STATE_CHANGING_METHODS } from "../support/api-routes";
import { signedInFetcher } from "./support/api-session";
import { baseUrl } from "./support/browser";
import { queryE2eDatabase } from "./support/database";
import { answerBody, questionSecret } from "./support/quiz-answers";

type Fetcher = Awaited<ReturnType<typeof signedInFetcher>>;

// The tables a write could touch, with their primary keys (to read rows in one order on either database).
const TABLES: Record<string, string> = {
  User: "id",
  UserSettings: "userId",
  CardState: "id",
  ReviewLog: "id",
  ReviewDayCount: "id",
  TopicWeekMastery: "id",
  Quiz: "id",
  QuizQuestion: "id",
  FsrsParameterFit: "id",
};

/** A digest of every row of those tables. */
async function databaseChecksum(): Promise<string> {
  const hash = createHash("sha256");
  for (const [table, key] of Object.entries(TABLES)) hash.update(JSON.stringify(await queryE2eDatabase(`SELECT * FROM "${table}" ORDER BY "${key}"`)));
  return hash.digest("hex");
}

const VALID_BODIES: Record<string, unknown> = {
  "/api/review/grades": { cardId: "x", reviewId: "guard-review-0001", rating: 3, version: 0, durationMs: 1000 },
  "/api/quizzes": { topics: ["nlp"], length: 5, mode: "practice" },
  "/api/settings": { desiredRetention: 0.85 },
  "/api/signup": { name: "Guard", email: "guard-never@example.com", password: "guard-password-1", timezone: "UTC" },
  "/api/cards/CARD/actions": { action: "suspend" },
  "/api/quizzes/QUIZ/answers": { questionId: "q", answerId: "guard-answer-0001", optionIndex: 0 },
  "/api/import/account": { format: "recall-ml-export", version: 1 },
};
const NO_BODY = ["/api/review/undo", "/api/quizzes/QUIZ/retry", "/api/scheduling/fits", "/api/scheduling/reschedule"];

describe("request guards on every state-changing route", () => {
  let api: Fetcher;
  let routes: { path: string; method: string; body: unknown }[] = [];
  beforeAll(async () => {
    api = await signedInFetcher();
    const created = await api("/api/quizzes", { method: "POST", body: JSON.stringify({ topics: ["nlp"], length: 5, mode: "practice" }) });
    const { quizId } = await created.json();
    const [{ cardId }] = await queryE2eDatabase<{ cardId: string }>('SELECT "cardId" FROM "QuizQuestion" WHERE "quizId" = ? LIMIT 1', quizId);
    const resolve = (path: string) => path.replace("QUIZ", quizId).replace("CARD", encodeURIComponent(cardId));
    routes = [
      ...Object.entries(VALID_BODIES).map(([path, body]) => ({ path: resolve(path), method: path === "/api/settings" ? "PUT" : "POST", body })),
      ...NO_BODY.map((path) => ({ path: resolve(path), method: "POST", body: undefined })),
    ];
  });

  it("covers every state-changing route the app has (read from app/api)", () => {
    const tabled = new Set([...Object.keys(VALID_BODIES), ...NO_BODY]);
    const missing = apiRouteFiles()
      .filter((route) => route.methods.some((method) => STATE_CHANGING_METHODS.includes(method)))
      .map((route) => route.urlPath.replace("[quizId]", "QUIZ").replace("[cardId]", "CARD"))
      // next-auth's own routes take forms and its CSRF token; the sign-in case below covers them.
      .filter((urlPath) => urlPath !== "/api/auth/[...nextauth]" && !tabled.has(urlPath));
    expect(missing).toEqual([]);
  });

  it("refuses a cross-site sign-in with 403 before next-auth reads it", async () => {
    const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ email: "someone@example.com", password: "whatever-password", json: "true" }),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  });

  it("refuses a cross-site Origin with 403 and writes nothing", async () => {
    const before = await databaseChecksum();
    for (const route of routes) {
      const response = await api(route.path, { method: route.method, headers: { origin: "https://evil.example" }, body: route.body === undefined ? undefined : JSON.stringify(route.body) });
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
    expect(await databaseChecksum()).toBe(before);
  });

  it("accepts the app's own origin (the control)", async () => {
    const response = await api("/api/settings", { method: "PUT", headers: { origin: baseUrl() }, body: JSON.stringify({}) });
    expect(response.status).not.toBe(403);
  });

  it("refuses a JSON body sent as text/plain with 415, and one over the limit with 413, writing nothing", async () => {
    const before = await databaseChecksum();
    for (const route of routes.filter((entry) => entry.body !== undefined)) {
      const plain = await api(route.path, { method: route.method, headers: { "content-type": "text/plain" }, body: JSON.stringify(route.body) });
      expect(plain.status, `${route.method} ${route.path} text/plain`).toBe(415);
      expect((await plain.json()).error.code).toBe("unsupported_media_type");
      if (route.path === "/api/import/account") continue; // its limit is 200 MB (export.e2e covers large files)
      const huge = await api(route.path, { method: route.method, body: JSON.stringify({ ...(route.body as object), padding: "x".repeat(1_100_000) }) });
      expect(huge.status, `${route.method} ${route.path} 1.1 MB`).toBe(413);
      expect((await huge.json()).error.code).toBe("payload_too_large");
    }
    expect(await databaseChecksum()).toBe(before);
  });

  it("answers bad input on every route with its documented 4xx and writes nothing", async () => {
    const other = await signedInFetcher();
    const theirs = await other("/api/quizzes", { method: "POST", body: JSON.stringify({ topics: ["nlp"], length: 5, mode: "practice" }) });
    const { quizId: theirQuizId } = await theirs.json();
    const [{ id: theirQuestionId }] = await queryE2eDatabase<{ id: string }>('SELECT "id" FROM "QuizQuestion" WHERE "quizId" = ? ORDER BY "position" LIMIT 1', theirQuizId);
    const mine = await api("/api/quizzes", { method: "POST", body: JSON.stringify({ topics: ["evaluation"], length: 20, mode: "practice" }) });
    const { quizId } = await mine.json();
    // The question being asked (an unasked one is refused with 409 whatever the body), answered
    // through until it is a choice question, so the out-of-range option case always runs.
    type Asked = { questionId: string; kind: string } | null;
    let question = ((await (await api(`/api/quizzes/${quizId}`)).json()) as { current: Asked }).current;
    while (question && question.kind !== "mcq" && question.kind !== "which-family") {
      const body = { questionId: question.questionId, answerId: `guard-skip-${question.questionId}`, ...answerBody(await questionSecret(question.questionId), true) };
      await api(`/api/quizzes/${quizId}/answers`, { method: "POST", body: JSON.stringify(body) });
      if (question.kind === "open" || question.kind === "compare") {
        await api(`/api/quizzes/${quizId}/answers`, { method: "POST", body: JSON.stringify({ questionId: question.questionId, answerId: `guard-grade-${question.questionId}`, coveredKeyPoints: [0], rating: 3 }) });
      }
      question = ((await (await api(`/api/quizzes/${quizId}`)).json()) as { current: Asked }).current;
    }
    if (!question) throw new Error("the 20-question quiz had no choice question to ask");
    const grade = { cardId: "no-such-concept:basic:0", reviewId: "guard-unknown-0001", rating: 3, version: 0, durationMs: 1000 };

    const cases: [string, string, string, string | object, number][] = [
      ["grade: malformed JSON", "POST", "/api/review/grades", "{", 400],
      ["grade: wrong types", "POST", "/api/review/grades", { ...grade, rating: "good" }, 422],
      ["grade: missing fields", "POST", "/api/review/grades", {}, 422],
      ["grade: rating out of range", "POST", "/api/review/grades", { ...grade, rating: 5 }, 422],
      ["grade: unknown card", "POST", "/api/review/grades", grade, 404],
      ["quiz: malformed JSON", "POST", "/api/quizzes", "[1,", 400],
      ["quiz: wrong types", "POST", "/api/quizzes", { topics: "nlp", length: 5, mode: "practice" }, 422],
      ["quiz: missing fields", "POST", "/api/quizzes", {}, 422],
      ["quiz: unknown topic", "POST", "/api/quizzes", { topics: ["astrology"], length: 5, mode: "practice" }, 422],
      ["quiz: length out of range", "POST", "/api/quizzes", { topics: ["nlp"], length: 500, mode: "practice" }, 422],
      ["answer: malformed JSON", "POST", `/api/quizzes/${quizId}/answers`, "{", 400],
      ["answer: wrong types", "POST", `/api/quizzes/${quizId}/answers`, { questionId: 5, answerId: "guard-answer-0002" }, 422],
      ["answer: missing fields", "POST", `/api/quizzes/${quizId}/answers`, {}, 422],
      ["answer: unknown question", "POST", `/api/quizzes/${quizId}/answers`, { questionId: "no-such-question", answerId: "guard-answer-0003", optionIndex: 0 }, 404],
      ["answer: option out of range", "POST", `/api/quizzes/${quizId}/answers`, { questionId: question.questionId, answerId: "guard-answer-0005", optionIndex: 99 }, 422],
      ["answer: another learner's quiz", "POST", `/api/quizzes/${theirQuizId}/answers`, { questionId: theirQuestionId, answerId: "guard-answer-0004", optionIndex: 0 }, 404],
      ["retry: another learner's quiz", "POST", `/api/quizzes/${theirQuizId}/retry`, "", 404],
      ["retry: unknown quiz", "POST", "/api/quizzes/no-such-quiz/retry", "", 404],
      ["card action: malformed JSON", "POST", "/api/cards/no-such-concept%3Abasic%3A0/actions", "{", 400],
      ["card action: unknown action", "POST", "/api/cards/no-such-concept%3Abasic%3A0/actions", { action: "explode" }, 422],
      ["card action: unknown card", "POST", "/api/cards/no-such-concept%3Abasic%3A0/actions", { action: "suspend" }, 404],
      ["settings: malformed JSON", "PUT", "/api/settings", "{", 400],
      ["settings: wrong types", "PUT", "/api/settings", { desiredRetention: "high" }, 422],
      ["settings: out of range", "PUT", "/api/settings", { desiredRetention: 1.5 }, 422],
      ["sign-up: malformed JSON", "POST", "/api/signup", "{", 400],
      ["sign-up: missing fields", "POST", "/api/signup", {}, 422],
      ["import: malformed JSON", "POST", "/api/import/account", "{", 400],
    ];
    const before = await databaseChecksum();
    for (const [label, method, path, body, status] of cases) {
      const response = await api(path, { method, body: typeof body === "string" ? body || undefined : JSON.stringify(body) });
      expect(response.status, label).toBe(status);
      expect((await response.json()).error.message, label).toEqual(expect.any(String));
    }
    expect(await databaseChecksum()).toBe(before);
  });
});
