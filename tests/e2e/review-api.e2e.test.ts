import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./support/browser";
import { signedInFetcher } from "./support/api-session";

type Fetcher = Awaited<ReturnType<typeof signedInFetcher>>;

describe("review API boundaries", () => {
  let api: Fetcher;
  let cardId = "";
  beforeAll(async () => {
    api = await signedInFetcher();
    const body = await (await api("/api/review")).json();
    cardId = body.session.card.cardId;
  });

  const grade = (overrides: Record<string, unknown> = {}) =>
    api("/api/review/grades", {
      method: "POST",
      body: JSON.stringify({ cardId, reviewId: `r-${Math.random().toString(36).slice(2, 12)}`, rating: 3, version: 0, durationMs: 1200, ...overrides }),
    });

  it.each([
    ["GET", "/api/review"],
    ["POST", "/api/review/grades"],
    ["POST", "/api/review/undo"],
    ["POST", "/api/cards/machine-learning:basic:0/actions"],
  ])("answers 401 to %s %s without a session", async (method, path) => {
    const response = await fetch(`${baseUrl()}${path}`, { method, body: method === "POST" ? "{}" : undefined });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });

  it.each([
    ["a rating of 5", { rating: 5 }, "rating", "Rating must be 1-4."],
    ["a rating of 0", { rating: 0 }, "rating", "Rating must be 1-4."],
    ["a text rating", { rating: "good" }, "rating", "Rating must be 1-4."],
    ["a missing review id", { reviewId: undefined }, "reviewId", undefined],
    ["a negative version", { version: -1 }, "version", undefined],
    ["an extra field (client-sent schedule)", { due: "2030-01-01" }, "", undefined],
  ])("refuses %s with 422 and writes nothing", async (_label, overrides, path, message) => {
    const response = await grade(overrides);
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    if (message) expect(body.error.message).toBe(message);
    const session = (await (await api("/api/review")).json()).session;
    expect(session.gradedToday).toBe(0);
  });

  it("refuses a body that is not JSON with 400, an unknown card with 404, a bad topic with 422", async () => {
    expect((await api("/api/review/grades", { method: "POST", body: "rating=3" })).status).toBe(400);
    const unknown = await grade({ cardId: "no-such-concept:basic:0" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toEqual({ code: "not_found", message: "Card not found." });
    expect((await api("/api/review?topic=astrology")).status).toBe(422);
  });

  it("applies a grade once: the replay answers 200 with the same result, a stale version 409", async () => {
    const reviewId = "replayed-review-0001";
    const first = await grade({ reviewId });
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    expect(firstBody.session.card.cardId).not.toBe(cardId);

    const replay = await grade({ reviewId });
    expect(replay.status).toBe(200);
    expect((await replay.json()).result).toEqual({ ...firstBody.result, isReplay: true });

    const stale = await grade({ rating: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe("conflict");
    const session = (await (await api("/api/review")).json()).session;
    expect(session.gradedToday).toBe(1);
  });

  it("undoes the grade and shows the same card again; a second undo has nothing left (404)", async () => {
    const undo = await api("/api/review/undo", { method: "POST" });
    expect(undo.status).toBe(200);
    const body = await undo.json();
    expect(body.session.card.cardId).toBe(cardId);
    expect(body.session.gradedToday).toBe(0);
    expect((await api("/api/review/undo", { method: "POST" })).status).toBe(404);
  });

  it("validates card actions: unknown action 422, unknown card 404, stale version 409", async () => {
    const act = (id: string, body: unknown) => api(`/api/cards/${encodeURIComponent(id)}/actions`, { method: "POST", body: JSON.stringify(body) });
    expect((await act(cardId, { action: "delete" })).status).toBe(422);
    expect((await act("nope:basic:0", { action: "suspend" })).status).toBe(404);
    expect((await act(cardId, { action: "bury", version: 0 })).status).toBe(409);
    const buried = await act(cardId, { action: "bury", version: 2 });
    expect(buried.status).toBe(200);
    expect((await buried.json()).session.card.cardId).not.toBe(cardId);
  });
});
