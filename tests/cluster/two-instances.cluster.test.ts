import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { omit } from "../support/omit";
import { CLUSTER_SIGN_UP_LIMIT } from "./support/global-setup";
import { clusterEmail, LoopbackClient, queryClusterDatabase, type Reply } from "./support/client";

const proxy = () => inject("proxyUrl");
const [instanceA, instanceB] = [() => inject("instanceUrls")[0], () => inject("instanceUrls")[1]];
const upstreamPort = (reply: Reply) => reply.upstream?.split(":").at(-1);

type ReviewCard = { cardId: string; version: number };
type ReviewSession = { card: ReviewCard | null; gradedToday: number };

async function signedInLearner(localAddress: string): Promise<LoopbackClient> {
  const learner = new LoopbackClient(localAddress);
  const email = clusterEmail("learner");
  expect((await learner.signUp(proxy(), email)).status).toBe(201);
  await learner.signIn(proxy(), email);
  expect(learner.isSignedIn).toBe(true);
  return learner;
}

const reviewSession = async (learner: LoopbackClient, baseUrl: string) => (await learner.request(`${baseUrl}/api/review`)).json<{ session: ReviewSession }>().session;

describe("two instances behind nginx on one PostgreSQL", () => {
  it("spread requests over both instances", async () => {
    const client = new LoopbackClient("127.0.0.1");
    const replies = await Promise.all(Array.from({ length: 8 }, () => client.request(`${proxy()}/api/health`)));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    const ports = new Set(replies.map(upstreamPort));
    expect(ports).toEqual(new Set(inject("instanceUrls").map((url) => new URL(url).port)));
  });

  it("show a review graded through one instance at once through the other, with the same session", async () => {
    const learner = await signedInLearner("127.0.0.11");
    const before = await reviewSession(learner, instanceB());
    expect(before.card).not.toBeNull();
    const grade = { cardId: before.card!.cardId, reviewId: `cluster-seen-${Date.now()}`, rating: 3, version: before.card!.version, durationMs: 1500 };
    expect((await learner.json(`${instanceA()}/api/review/grades`, "POST", grade)).status).toBe(201);
    const after = await reviewSession(learner, instanceB());
    expect(after.gradedToday).toBe(before.gradedToday + 1);
    expect(after.card?.cardId).not.toBe(before.card!.cardId);
  });

  it("apply a grade sent to both instances at once exactly once", async () => {
    const learner = await signedInLearner("127.0.0.12");
    const { card } = await reviewSession(learner, proxy());
    const grade = { cardId: card!.cardId, reviewId: `cluster-twice-${Date.now()}`, rating: 4, version: card!.version, durationMs: 900 };
    const replies = await Promise.all([instanceA(), instanceB(), instanceA(), instanceB()].map((url) => learner.json(`${url}/api/review/grades`, "POST", grade)));
    // One request applies it (201); the others replay its result (200).
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 200, 201]);
    const results = replies.map((reply) => JSON.stringify(omit(reply.json<{ result: { isReplay: boolean } }>().result, "isReplay")));
    expect(new Set(results).size).toBe(1);
    const logs = await queryClusterDatabase<{ count: string }>('SELECT COUNT(*) AS count FROM "ReviewLog" WHERE "reviewId" = $1', [grade.reviewId]);
    expect(Number(logs[0].count)).toBe(1);
    const [state] = await queryClusterDatabase<{ reps: number }>('SELECT "reps" FROM "CardState" WHERE "cardId" = $1 AND "userId" = (SELECT "userId" FROM "ReviewLog" WHERE "reviewId" = $2)', [card!.cardId, grade.reviewId]);
    expect(state.reps).toBe(1);
  });

  it("record a quiz answer sent to both instances at once exactly once", async () => {
    const learner = await signedInLearner("127.0.0.13");
    const created = await learner.json(`${proxy()}/api/quizzes`, "POST", { topics: ["evaluation"], length: 5, mode: "practice" });
    expect(created.status).toBe(201);
    const { quizId } = created.json<{ quizId: string }>();
    const { current } = (await learner.request(`${instanceA()}/api/quizzes/${quizId}`)).json<{ current: { questionId: string; kind: string } }>();
    const shape = current.kind === "mcq" || current.kind === "which-family" ? { optionIndex: 0 } : current.kind === "true-false" ? { value: true } : { text: "an answer" };
    const body = { questionId: current.questionId, answerId: `cluster-answer-${Date.now()}`, ...shape };
    const replies = await Promise.all([instanceA(), instanceB(), instanceA(), instanceB()].map((url) => learner.json(`${url}/api/quizzes/${quizId}/answers`, "POST", body)));
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 200, 201]);
    const verdicts = replies.map((reply) => reply.json<{ outcome: { verdict: string } }>().outcome.verdict);
    expect(new Set(verdicts).size).toBe(1);
    const [row] = await queryClusterDatabase<{ answerId: string | null; verdict: string }>('SELECT "answerId", "verdict" FROM "QuizQuestion" WHERE "id" = $1', [current.questionId]);
    expect(row.verdict).toBe(verdicts[0]);
    // An open or compare answer's typed text waits for the learner's grade ("pending"), and only
    // the final answer carries an id; any other kind is final at once.
    expect(row.answerId).toBe(row.verdict === "pending" ? null : body.answerId);
    const logs = await queryClusterDatabase<{ count: string }>('SELECT COUNT(*) AS count FROM "ReviewLog" WHERE "reviewId" = $1', [body.answerId]);
    expect(Number(logs[0].count)).toBeLessThanOrEqual(1);
  });

  describe("rate limits keyed on the address nginx forwards, held across both instances", () => {
    let victimEmails: string[];
    beforeAll(async () => {
      const owner = new LoopbackClient("127.0.0.20");
      victimEmails = [clusterEmail("victim"), clusterEmail("victim"), clusterEmail("victim")];
      for (const email of victimEmails) expect((await owner.signUp(proxy(), email)).status).toBe(201);
    });

    it("refuse the 6th failed sign-in from one address, whichever instance served the others, and a forged X-Forwarded-For does not help", async () => {
      const attacker = new LoopbackClient("127.0.0.21");
      const served: (string | undefined)[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        // A sign-in is two requests (CSRF token, then the form), so round robin would send every
        // form to one instance; a health check in between moves the next form to the other.
        if (attempt % 2 === 1) await attacker.request(`${proxy()}/api/health`);
        const reply = await attacker.signIn(proxy(), victimEmails[attempt % victimEmails.length], "wrong-password");
        expect(reply.status).not.toBe(429);
        served.push(upstreamPort(reply));
      }
      expect(new Set(served).size).toBe(2);
      const refused = await attacker.signIn(proxy(), clusterEmail("never"), "wrong-password");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      const forged = new LoopbackClient("127.0.0.21");
      const { csrfToken } = (await forged.request(`${proxy()}/api/auth/csrf`)).json<{ csrfToken: string }>();
      const spoofed = await forged.request(`${proxy()}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.51.100.77" },
        body: new URLSearchParams({ csrfToken, email: clusterEmail("never"), password: "wrong-password", json: "true" }).toString(),
      });
      expect(spoofed.status).toBe(429);
      // Another address is not limited by the first one's failures.
      expect((await new LoopbackClient("127.0.0.22").signIn(proxy(), clusterEmail("never"), "wrong-password")).status).not.toBe(429);
    });

    it(`refuse the sign-up over ${CLUSTER_SIGN_UP_LIMIT} an hour from one address, across both instances`, async () => {
      const classroom = new LoopbackClient("127.0.0.23");
      const served = new Set<string | undefined>();
      for (let i = 0; i < CLUSTER_SIGN_UP_LIMIT; i++) {
        const reply = await classroom.signUp(proxy(), clusterEmail("classmate"));
        expect(reply.status).toBe(201);
        served.add(upstreamPort(reply));
      }
      expect(served.size).toBe(2);
      const refused = await classroom.signUp(proxy(), clusterEmail("classmate"));
      expect(refused.status).toBe(429);
      expect(refused.json()).toMatchObject({ error: { code: "rate_limited" } });
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(3500);
      expect((await new LoopbackClient("127.0.0.24").signUp(proxy(), clusterEmail("elsewhere"))).status).toBe(201);
    });
  });
});
