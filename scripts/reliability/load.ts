// `npm run test:reliability`: simulated learners on loopback against a production server, on SQLite
// (`load.ts sqlite`) or PostgreSQL (`load.ts postgresql`: a throwaway cluster with fsync on, or the
// one RECALL_TEST_POSTGRES_URL names).
//   1. paced: LEARNERS learners for PACED_SECONDS, each grading (and every fifth action answering a
//      quiz question) through the HTTP API with a 1 s pause between actions: 200 learners offer at
//      most 160 grades and 40 quiz answers a second, less the time each action takes. It runs
//      twice: with a fixed 1 s pause, and with pauses drawn evenly from 0.5-1.5 s (the same mean,
//      so the same offered load). With a fixed pause, learners whose answers came back together
//      act together again a second later, and over a minute they gather into waves (arrivals per
//      100 ms measured twice as variable as independent learners' would be): the first pass
//      measures those waves, the second learners who do not act in step, as people do not;
//   2. saturation: the same learners with no pause for SATURATION_SECONDS (throughput only: in a
//      closed loop latency is concurrency / throughput);
//   3. saturation again with grades only (what a grade costs, without the quiz answers' share of
//      the server), then /api/health requests/s in a closed loop of the same concurrency, and the
//      ratio;
//   4. crash: under load, kill -9 the server, start it again, and check the database.
// Asserts correctness (no 5xx; every acknowledged review stored exactly once; the database clean;
// the app serves again) and prints the speed; it never fails on speed. A request that gets no
// answer (a keep-alive connection closed under it) is sent again as a real client would: grades
// and answers carry their ids, so a resend is applied once. Those resends are counted and printed.
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serveApp, signedInCookie, type ServedApp } from "../serve/serve-app";
import { summary } from "../bench/bench-stats";
import { startThrowawayPostgres } from "../db/throwaway-postgres.mjs";
import { checkAcknowledged, integrityOf } from "./database-checks";

const PROVIDER = process.argv[2] === "postgresql" ? "postgresql" : "sqlite";
const LEARNERS = Number(process.env.LOAD_LEARNERS ?? 200);
const PACED_SECONDS = Number(process.env.LOAD_PACED_SECONDS ?? 60);
const SATURATION_SECONDS = Number(process.env.LOAD_SATURATION_SECONDS ?? 20);
const GRADES_ONLY_SECONDS = Number(process.env.LOAD_GRADES_ONLY_SECONDS ?? 10);
const CRASH_AFTER_SECONDS = 5;
const NEW_CARDS_PER_DAY = 500;

interface Learner {
  cookie: string;
  card: { cardId: string; version: number } | null;
  quizId: string | null;
  /** The quiz question being asked, as the last answer's response gave it. */
  question: { questionId: string; kind: string } | null;
}

interface Tally {
  grades: number;
  gradeLatencies: number[];
  answers: number;
  serverErrors: string[];
  /** Requests sent again after the connection failed without an answer. */
  resent: number;
  /** Times a learner found nothing to review (the pass would then measure empty queues, not grades). */
  emptyQueues: number;
  /** Review ids the server acknowledged with 201/200. */
  acknowledged: Set<string>;
}

const newTally = (): Tally => ({ grades: 0, gradeLatencies: [], answers: 0, serverErrors: [], resent: 0, emptyQueues: 0, acknowledged: new Set() });

async function call(app: ServedApp, learner: Learner, path: string, method = "GET", body?: unknown, tally?: Tally): Promise<Response> {
  const send = () => fetch(`${app.baseUrl}${path}`, { method, headers: { "content-type": "application/json", cookie: learner.cookie }, body: body === undefined ? undefined : JSON.stringify(body) });
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt === 3 || !tally) throw error;
      tally.resent += 1;
    }
  }
}

/** What every pass prints about its failures: server errors, resent requests, empty queues. */
const failureCounts = (tally: Tally) => `${tally.serverErrors.length} 5xx; ${tally.resent} resent; ${tally.emptyQueues} empty queues`;

function note5xx(tally: Tally, what: string, response: Response): void {
  if (response.status >= 500) tally.serverErrors.push(`${what}: ${response.status}`);
}

async function grade(app: ServedApp, learner: Learner, tally: Tally): Promise<void> {
  if (!learner.card) {
    const response = await call(app, learner, "/api/review", "GET", undefined, tally);
    note5xx(tally, "GET /api/review", response);
    if (!response.ok) return;
    learner.card = (await response.json()).session.card;
    if (!learner.card) {
      tally.emptyQueues += 1;
      return;
    }
  }
  const reviewId = randomUUID();
  const started = performance.now();
  const response = await call(app, learner, "/api/review/grades", "POST", { cardId: learner.card.cardId, reviewId, rating: 3, version: learner.card.version, durationMs: 4000 }, tally);
  const elapsed = performance.now() - started;
  note5xx(tally, "POST /api/review/grades", response);
  if (response.status === 201 || response.status === 200) {
    tally.acknowledged.add(reviewId);
    tally.grades += 1;
    tally.gradeLatencies.push(elapsed);
    learner.card = (await response.json()).session.card;
  } else {
    learner.card = null; // a conflict or a card gone: fetch the queue again
    await response.body?.cancel();
  }
}

const ANSWER_BODY: Record<string, unknown> = { mcq: { optionIndex: 0 }, "which-family": { optionIndex: 0 }, "true-false": { value: true } };

async function answer(app: ServedApp, learner: Learner, tally: Tally): Promise<void> {
  if (!learner.quizId) {
    const created = await call(app, learner, "/api/quizzes", "POST", { topics: ["evaluation", "deep-learning"], length: 50, mode: "practice" }, tally);
    note5xx(tally, "POST /api/quizzes", created);
    if (created.status !== 201) return;
    learner.quizId = (await created.json()).quizId;
  }
  // The quiz page reads the view once; after that each answer's response carries the next question.
  if (!learner.question) {
    const view = await call(app, learner, `/api/quizzes/${learner.quizId}`, "GET", undefined, tally);
    note5xx(tally, "GET /api/quizzes/:id", view);
    learner.question = view.ok ? (await view.json()).current : null;
  }
  const current = learner.question;
  if (!current) {
    learner.quizId = null;
    return;
  }
  const path = `/api/quizzes/${learner.quizId}/answers`;
  const first = await call(app, learner, path, "POST", { questionId: current.questionId, answerId: randomUUID(), ...(ANSWER_BODY[current.kind] ?? { text: "an answer" }) }, tally);
  note5xx(tally, "POST answers", first);
  let last = first;
  if (first.status === 201 && (current.kind === "open" || current.kind === "compare")) {
    await first.body?.cancel();
    last = await call(app, learner, path, "POST", { questionId: current.questionId, answerId: randomUUID(), coveredKeyPoints: [], rating: 2 }, tally);
    note5xx(tally, "POST answers (grade)", last);
  }
  if (first.status === 201) tally.answers += 1;
  learner.question = last.ok ? ((await last.json()).view?.current ?? null) : null;
  if (!last.ok) await last.body?.cancel();
}

/** A pause between a learner's actions: `ms` each time, or drawn evenly from ms ± jitterMs. */
interface Pause {
  ms: number;
  jitterMs: number;
}
const FIXED_PAUSE: Pause = { ms: 1000, jitterMs: 0 };
const VARIED_PAUSE: Pause = { ms: 1000, jitterMs: 500 };
const NO_PAUSE: Pause = { ms: 0, jitterMs: 0 };

const pauseLength = ({ ms, jitterMs }: Pause) => ms + (Math.random() * 2 - 1) * jitterMs;

/** Every learner acts until `seconds` pass, pausing between actions; returns the tally. */
async function runPass(
  app: ServedApp,
  learners: Learner[],
  seconds: number,
  pause: Pause,
  options: { stopEarly?: { stopped: boolean }; gradesOnly?: boolean } = {},
): Promise<Tally> {
  const { stopEarly, gradesOnly = false } = options;
  const tally = newTally();
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    learners.map(async (learner, index) => {
      // Spread the first actions over the first pause so the learners do not act in lockstep.
      await new Promise((resolve) => setTimeout(resolve, (index * pause.ms) / learners.length));
      for (let action = 0; Date.now() < deadline && !stopEarly?.stopped; action++) {
        try {
          if (!gradesOnly && action % 5 === 4) await answer(app, learner, tally);
          else await grade(app, learner, tally);
        } catch (error) {
          if (!stopEarly) tally.serverErrors.push(`network: ${(error as Error).message}`);
        }
        if (pause.ms) await new Promise((resolve) => setTimeout(resolve, pauseLength(pause)));
      }
    }),
  );
  return tally;
}

/** A paced pass, printed with its latencies and the load generator's own event-loop delay (which would inflate them). */
async function pacedPass(app: ServedApp, learners: Learner[], pause: Pause, label: string): Promise<Tally> {
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const tally = await runPass(app, learners, PACED_SECONDS, pause);
  loopDelay.disable();
  const stats = summary(tally.gradeLatencies.length > 0 ? tally.gradeLatencies : [Number.NaN]);
  const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(0);
  console.log(
    `paced (${label}, ${PACED_SECONDS} s): ${(tally.grades / PACED_SECONDS).toFixed(1)} grades/s, p50 ${stats.median.toFixed(0)} ms, p99 ${stats.p99.toFixed(0)} ms; ${tally.answers} quiz answers (${(tally.answers / PACED_SECONDS).toFixed(1)}/s); ${failureCounts(tally)}; load generator's event-loop delay p99 ${ms(loopDelay.percentile(99))} ms`,
  );
  return tally;
}

async function healthRate(app: ServedApp, concurrency: number, seconds: number): Promise<number> {
  let count = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const response = await fetch(`${app.baseUrl}/api/health`);
        await response.body?.cancel();
        if (response.ok) count += 1;
      }
    }),
  );
  return count / seconds;
}

/** The database to serve: a SQLite file, or a new database in a PostgreSQL cluster. */
async function servedDatabase(): Promise<{ databaseUrl?: string; stop(): void }> {
  if (PROVIDER === "sqlite") return { stop() {} };
  const cluster = process.env.RECALL_TEST_POSTGRES_URL
    ? null
    : await startThrowawayPostgres({ dir: path.join(import.meta.dirname, "../../.postgres-reliability"), durable: true });
  const url = new URL(process.env.RECALL_TEST_POSTGRES_URL ?? cluster!.url);
  // The migration run at start creates it.
  url.pathname = `/recall_reliability_${randomBytes(4).toString("hex")}`;
  return { databaseUrl: url.href, stop: () => cluster?.stop() };
}

async function main() {
  const database = await servedDatabase();
  const app = await serveApp({ databaseUrl: database.databaseUrl });
  console.log(`reliability: one instance on ${PROVIDER}`);
  const failures: string[] = [];
  try {
    await app.ready();
    const setupStarted = performance.now();
    const learners: Learner[] = [];
    for (let start = 0; start < LEARNERS; start += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, LEARNERS - start) }, async (_, offset) => {
          const cookie = await signedInCookie(app.baseUrl, `load-${start + offset}-${Date.now()}@example.com`);
          const learner: Learner = { cookie, card: null, quizId: null, question: null };
          // Limits high enough that no learner runs out of cards during the passes (a learner
          // with nothing left to review makes no grades, and the pass would measure that), and no
          // higher: a learner grades at most about 250 cards in the whole run, each a new one, and
          // the queue counts the new cards left up to the limit at every grade. At 9,999 that
          // count ran over all ~3,000 of a learner's cards each time, where the default of 20
          // (or any real setting) stops early; measured, that alone cost 10% of the saturation
          // throughput. Empty queues are counted and printed, so a limit too low would show.
          const { settings } = await (await call(app, learner, "/api/settings")).json();
          const updated = await call(app, learner, "/api/settings", "PUT", { ...settings, newCardsPerDay: NEW_CARDS_PER_DAY, reviewsPerDay: 9999 });
          if (updated.status !== 200) throw new Error(`setting the learner's limits failed: ${updated.status} ${await updated.text()}`);
          await updated.body?.cancel();
          return learner;
        }),
      );
      learners.push(...batch);
    }
    console.log(`reliability: ${LEARNERS} learners signed up and in in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);
    // A learner's first visit writes a state row per card (about 3,000) and their first quiz
    // assembles 50 questions: one-time costs, paid here so the timed passes measure an evening of
    // reviews rather than 200 first visits in the same second. Timed and printed on their own.
    const firstVisitStarted = performance.now();
    const setupTally = newTally();
    for (let start = 0; start < LEARNERS; start += 10) {
      await Promise.all(learners.slice(start, start + 10).map(async (learner) => {
        await grade(app, learner, setupTally);
        await answer(app, learner, setupTally);
      }));
    }
    if (setupTally.serverErrors.length > 0) failures.push(`first visits: ${setupTally.serverErrors.length} server errors, first: ${setupTally.serverErrors[0]}`);
    console.log(`reliability: first visits (review queue with its ${LEARNERS} x ~3,000 state rows, a 50-question quiz each) in ${((performance.now() - firstVisitStarted) / 1000).toFixed(1)} s`);

    const paced = await pacedPass(app, learners, FIXED_PAUSE, "1 s pause");
    const varied = await pacedPass(app, learners, VARIED_PAUSE, "pauses of 0.5-1.5 s, mean 1 s");
    const saturated = await runPass(app, learners, SATURATION_SECONDS, NO_PAUSE);
    const saturation = saturated.grades / SATURATION_SECONDS;
    const saturatedAnswers = saturated.answers / SATURATION_SECONDS;
    console.log(`saturation (no pause, ${SATURATION_SECONDS} s): ${saturation.toFixed(1)} grades/s; ${saturated.answers} quiz answers (${saturatedAnswers.toFixed(1)}/s); ${failureCounts(saturated)}`);
    // What a grade costs is measured with grades alone: in the mixed pass the server also spends
    // its time on the quiz answers (each two or three requests), which health / grades would
    // charge to the grades. Run right before the health checks, so that both see the machine at
    // the same speed.
    const gradesOnly = await runPass(app, learners, GRADES_ONLY_SECONDS, NO_PAUSE, { gradesOnly: true });
    const gradeRate = gradesOnly.grades / GRADES_ONLY_SECONDS;
    console.log(`saturation, grades only (no pause, ${GRADES_ONLY_SECONDS} s): ${gradeRate.toFixed(1)} grades/s; ${failureCounts(gradesOnly)}`);
    const health = await healthRate(app, LEARNERS, 10);
    const ratio = (rate: number) => (health / Math.max(rate, 1e-9)).toFixed(1);
    console.log(
      `/api/health: ${health.toFixed(0)} requests/s; a grade costs ${ratio(gradeRate)} health checks (target <= 3); in the mixed pass, ${ratio(saturation)} per grade and ${ratio(saturation + saturatedAnswers)} per grade or quiz answer`,
    );

    for (const [name, tally] of [["paced", paced], ["paced, varied pauses", varied], ["saturation", saturated], ["saturation, grades only", gradesOnly]] as const) {
      if (tally.serverErrors.length > 0) failures.push(`${name}: ${tally.serverErrors.length} server errors, first: ${tally.serverErrors[0]}`);
    }
    const acknowledged = new Set([...setupTally.acknowledged, ...paced.acknowledged, ...varied.acknowledged, ...saturated.acknowledged, ...gradesOnly.acknowledged]);
    const stored = await checkAcknowledged(app.databaseUrl, acknowledged);
    console.log(`stored: ${acknowledged.size} acknowledged reviews, ${stored.missing} missing, ${stored.duplicated} duplicated`);
    if (stored.missing || stored.duplicated) failures.push(`acknowledged reviews: ${stored.missing} missing, ${stored.duplicated} duplicated`);

    // Crash: load, kill -9 mid-flight, start again; what was acknowledged before the kill must be there.
    const stop = { stopped: false };
    const crashLoad = runPass(app, learners.slice(0, 50), CRASH_AFTER_SECONDS + 30, NO_PAUSE, { stopEarly: stop });
    await new Promise((resolve) => setTimeout(resolve, CRASH_AFTER_SECONDS * 1000));
    app.kill();
    stop.stopped = true;
    const crashed = await crashLoad;
    const restartStarted = performance.now();
    await app.restart();
    const integrity = await integrityOf(app.databaseUrl);
    const afterCrash = await checkAcknowledged(app.databaseUrl, crashed.acknowledged);
    const serves = (await call(app, learners[0], "/api/review")).status;
    console.log(
      `crash: kill -9 after ${CRASH_AFTER_SECONDS} s of load (${crashed.acknowledged.size} acknowledged), back in ${((performance.now() - restartStarted) / 1000).toFixed(1)} s; database ${integrity}; ${afterCrash.missing} missing, ${afterCrash.duplicated} duplicated; GET /api/review ${serves}`,
    );
    if (integrity !== "ok") failures.push(`database check: ${integrity}`);
    if (afterCrash.missing || afterCrash.duplicated) failures.push(`after the crash: ${afterCrash.missing} missing, ${afterCrash.duplicated} duplicated`);
    if (serves !== 200) failures.push(`after the restart GET /api/review answered ${serves}`);
  } finally {
    app.stop();
    database.stop();
  }
  if (failures.length > 0) {
    console.error(`reliability: FAILED\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("reliability: passed (no 5xx, every acknowledged review stored exactly once, clean restart after kill -9)");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
