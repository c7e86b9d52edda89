// Every state-changing route against the three request guards: a cross-site Origin (CSRF) gets
// 403, a body that does not say it is JSON gets 415, one over the limit gets 413; and nothing in
// the database changes.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInFetcher } from "./support/api-session";
import { baseUrl } from "./support/browser";
import { queryE2eDatabase } from "./support/database";

type Fetcher = Awaited<ReturnType<typeof signedInFetcher>>;

const TABLES = ["User", "UserSettings", "CardState", "ReviewLog", "ReviewDayCount", "TopicWeekMastery", "Quiz", "QuizQuestion"];

/** A digest of every row of the tables a write could touch. */
function databaseChecksum(): string {
  const hash = createHash("sha256");
  for (const table of TABLES) hash.update(JSON.stringify(queryE2eDatabase(`SELECT * FROM "${table}" ORDER BY rowid`)));
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
const NO_BODY = ["/api/review/undo", "/api/quizzes/QUIZ/retry"];

describe("request guards on every state-changing route", () => {
  let api: Fetcher;
  let routes: { path: string; method: string; body: unknown }[] = [];
  beforeAll(async () => {
    api = await signedInFetcher();
    const created = await api("/api/quizzes", { method: "POST", body: JSON.stringify({ topics: ["nlp"], length: 5, mode: "practice" }) });
    const { quizId } = await created.json();
    const [{ cardId }] = queryE2eDatabase<{ cardId: string }>("SELECT cardId FROM QuizQuestion WHERE quizId = ? LIMIT 1", quizId);
    const resolve = (path: string) => path.replace("QUIZ", quizId).replace("CARD", encodeURIComponent(cardId));
    routes = [
      ...Object.entries(VALID_BODIES).map(([path, body]) => ({ path: resolve(path), method: path === "/api/settings" ? "PUT" : "POST", body })),
      ...NO_BODY.map((path) => ({ path: resolve(path), method: "POST", body: undefined })),
    ];
  });

  it("refuses a cross-site Origin with 403 and writes nothing", async () => {
    const before = databaseChecksum();
    for (const route of routes) {
      const response = await api(route.path, { method: route.method, headers: { origin: "https://evil.example" }, body: route.body === undefined ? undefined : JSON.stringify(route.body) });
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
    expect(databaseChecksum()).toBe(before);
  });

  it("accepts the app's own origin (the control)", async () => {
    const response = await api("/api/settings", { method: "PUT", headers: { origin: baseUrl() }, body: JSON.stringify({}) });
    expect(response.status).not.toBe(403);
  });

  it("refuses a JSON body sent as text/plain with 415, and one over the limit with 413, writing nothing", async () => {
    const before = databaseChecksum();
    for (const route of routes.filter((entry) => entry.body !== undefined)) {
      const plain = await api(route.path, { method: route.method, headers: { "content-type": "text/plain" }, body: JSON.stringify(route.body) });
      expect(plain.status, `${route.method} ${route.path} text/plain`).toBe(415);
      expect((await plain.json()).error.code).toBe("unsupported_media_type");
      if (route.path === "/api/import/account") continue; // its limit is 200 MB (export.e2e covers large files)
      const huge = await api(route.path, { method: route.method, body: JSON.stringify({ ...(route.body as object), padding: "x".repeat(1_100_000) }) });
      expect(huge.status, `${route.method} ${route.path} 1.1 MB`).toBe(413);
      expect((await huge.json()).error.code).toBe("payload_too_large");
    }
    expect(databaseChecksum()).toBe(before);
  });
});
