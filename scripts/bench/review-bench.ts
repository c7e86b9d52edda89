// `npm run bench`: the server path "grade a card and fetch the next card" on SQLite with one user
// holding 10,000 cards and 1,000,000 review logs, over 2,000 grades; and, as a floor, the same
// transaction and next-card lookup written directly against better-sqlite3. Prints median and p99.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "../../lib/data/db";
import { createUser } from "../../lib/data/users";
import { gradeAndFetchNext } from "../../lib/data/review/grade-and-fetch-next";
import { getReviewSession } from "../../lib/data/review/get-review-session";
import { createScheduler, newMemoryState, type ReviewRating } from "../../lib/domain/scheduling/scheduler";
import type { CardStateValue, MemoryState } from "../../lib/domain/scheduling/memory-state";
import { materializeCardStates } from "../../lib/data/review/materialize-card-states";
import { startWalCheckpointer, stopWalCheckpointers } from "../../lib/data/wal-checkpointer";
import { CARD_COUNT, LOG_COUNT, prismaDate } from "./seed-bench-db";
import { summary } from "./bench-stats";

const GRADES = 2_000;
const WARMUP = 100;
const STEP_MS = 3_000;
const START = Date.parse("2026-11-25T10:00:00Z");
const ROOT = path.resolve(import.meta.dirname, "../..");

function ratingFor(i: number): ReviewRating {
  const r = (i * 7919) % 100;
  return r < 15 ? 1 : r < 25 ? 2 : r < 95 ? 3 : 4;
}

async function benchApp(url: string, userId: string): Promise<number[]> {
  const db = createDb(url);
  let now = START;
  let session = await getReviewSession(db, userId, { topic: null, now: new Date(now) });
  const samples: number[] = [];
  for (let i = 0; i < GRADES + WARMUP; i++) {
    const card = session.card;
    if (!card) throw new Error(`queue ran dry after ${i} grades`);
    const started = performance.now();
    const input = { cardId: card.cardId, reviewId: `app-${i}`, rating: ratingFor(i), version: card.version, durationMs: 3000 };
    session = (await gradeAndFetchNext(db, userId, input, { topic: null, now: new Date(now) })).session;
    if (i >= WARMUP) samples.push(performance.now() - started);
    now += STEP_MS;
  }
  await db.$disconnect();
  return samples;
}

type StateRow = { id: string; version: number; due: string; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number; reps: number; lapses: number; state: number; lastReview: string | null };

/** The floor: the same grade transaction and next-card lookup, hand-written SQL, no ORM. */
function benchFloor(file: string, userId: string): number[] {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningSteps: "1m 10m", relearningSteps: "10m", isFuzzEnabled: true });
  const selectState = db.prepare(`SELECT id, version, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview FROM "CardState" WHERE userId = ? AND cardId = ?`);
  const updateState = db.prepare(`UPDATE "CardState" SET due = ?, stability = ?, difficulty = ?, elapsedDays = ?, scheduledDays = ?, learningSteps = ?, reps = ?, lapses = ?, state = ?, lastReview = ?, lastReviewMs = ?, version = version + 1, updatedAt = ? WHERE id = ? AND version = ?`);
  const insertLog = db.prepare(`INSERT INTO "ReviewLog" (id, userId, cardId, reviewId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, source, previousDue, scheduledDue, nextState, buriedSiblingIds, madeLeech, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3000, 'review', ?, ?, ?, '[]', 0, ?)`);
  const burySiblings = db.prepare(`UPDATE "CardState" SET buriedUntil = ?, version = version + 1 WHERE userId = ? AND cardId IN (SELECT id FROM "Card" WHERE conceptId = ? AND id <> ?) AND due < ?`);
  const nextLearning = db.prepare(`SELECT cardId FROM "CardState" WHERE userId = ? AND state IN (1, 3) AND due <= ? AND isSuspended = 0 AND (buriedUntil IS NULL OR buriedUntil <= ?) ORDER BY due LIMIT 1`);
  const nextReview = db.prepare(`SELECT cardId FROM "CardState" WHERE userId = ? AND state = 2 AND due < ? AND isSuspended = 0 AND (buriedUntil IS NULL OR buriedUntil <= ?) ORDER BY (? - lastReviewMs) / stability DESC LIMIT 1`);
  const countDue = db.prepare(`SELECT state, COUNT(*) AS n FROM "CardState" WHERE userId = ? AND state <> 0 AND due < ? AND isSuspended = 0 AND (buriedUntil IS NULL OR buriedUntil <= ?) GROUP BY state`);
  const nextNew = db.prepare(`SELECT cardId AS id FROM "CardState" WHERE userId = ? AND state = 0 AND isSuspended = 0 AND (buriedUntil IS NULL OR buriedUntil <= ?) ORDER BY newPosition LIMIT 1`);
  const loadCard = db.prepare(`SELECT id, conceptId, payload FROM "Card" WHERE id = ?`);

  const nextCard = (now: number): string => {
    const at = prismaDate(now);
    const endOfDay = prismaDate(Date.parse("2026-11-26T04:00:00Z"));
    countDue.all(userId, endOfDay, at);
    const id =
      (nextLearning.get(userId, at, at) as { cardId: string } | undefined)?.cardId ??
      (nextReview.get(userId, endOfDay, at, now) as { cardId: string } | undefined)?.cardId ??
      (nextNew.get(userId, at) as { id: string } | undefined)?.id;
    if (!id) throw new Error("floor queue ran dry");
    loadCard.get(id);
    return id;
  };

  const grade = db.transaction((cardId: string, i: number, now: number) => {
    const card = loadCard.get(cardId) as { conceptId: string };
    const row = selectState.get(userId, cardId) as StateRow | undefined;
    const before: MemoryState = row
      ? { ...row, state: row.state as CardStateValue, due: new Date(row.due), lastReview: row.lastReview ? new Date(row.lastReview) : null }
      : newMemoryState(new Date(now));
    const { next, log } = scheduler.grade(before, ratingFor(i), new Date(now));
    const at = prismaDate(now);
    if (row) {
      updateState.run(prismaDate(next.due.getTime()), next.stability, next.difficulty, next.elapsedDays, next.scheduledDays, next.learningSteps, next.reps, next.lapses, next.state, at, now, at, row.id, row.version);
    } else {
      db.prepare(`INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, lastReviewMs, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`).run(
        `floor-state-${i}`, userId, cardId, prismaDate(next.due.getTime()), next.stability, next.difficulty, next.elapsedDays, next.scheduledDays, next.learningSteps, next.reps, next.lapses, next.state, at, now, at, at,
      );
    }
    insertLog.run(`floor-log-${i}`, userId, cardId, `floor-${i}`, log.rating, log.state, prismaDate(log.due.getTime()), log.stability, log.difficulty, log.elapsedDays, log.lastElapsedDays, log.scheduledDays, log.learningSteps, at, prismaDate(before.due.getTime()), prismaDate(next.due.getTime()), next.state, at);
    burySiblings.run(prismaDate(Date.parse("2026-11-26T04:00:00Z")), userId, card.conceptId, cardId, prismaDate(Date.parse("2026-11-26T04:00:00Z")));
  });

  let now = START;
  let cardId = nextCard(now);
  const samples: number[] = [];
  for (let i = 0; i < GRADES + WARMUP; i++) {
    const started = performance.now();
    grade(cardId, i, now);
    cardId = nextCard(now);
    if (i >= WARMUP) samples.push(performance.now() - started);
    now += STEP_MS;
  }
  db.close();
  return samples;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-bench-"));
  const file = path.join(dir, "bench.db");
  const floorFile = path.join(dir, "floor.db");
  try {
    const url = `file:${file}`;
    execFileSync(process.execPath, [path.join(ROOT, "scripts/db-migrate.mjs")], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
    const setup = createDb(url);
    const user = await createUser(setup, { email: "bench@example.com", name: "Bench", passwordHash: null, timezone: "UTC" });
    await setup.userSettings.update({ where: { userId: user.id }, data: { newCardsPerDay: 9999, reviewsPerDay: 9999 } });
    await setup.$disconnect();

    const seedStarted = performance.now();
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/bench/seed-bench-db.ts"), file, user.id, String(START)], {
      stdio: "inherit",
    });
    // Both sides start from the same state: the app's per-user rows for new cards included.
    const materialize = createDb(url);
    await materializeCardStates(materialize, user.id, null, new Date(START));
    await materialize.$disconnect();
    copyFileSync(file, floorFile);
    console.log(`seeded ${CARD_COUNT.toLocaleString("en")} cards and ${LOG_COUNT.toLocaleString("en")} review logs in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    // Both sides run as the server does: with the background WAL checkpointer.
    startWalCheckpointer(file);
    const app = summary(await benchApp(url, user.id));
    startWalCheckpointer(floorFile);
    const floor = summary(benchFloor(floorFile, user.id));
    await stopWalCheckpointers();
    const fmt = (n: number) => n.toFixed(2).padStart(7);
    console.log(`grade + fetch next card, ${GRADES} grades after ${WARMUP} warm-up (ms):`);
    console.log(`  app (Prisma, data layer)   median ${fmt(app.median)}   p99 ${fmt(app.p99)}   max ${fmt(app.max)}`);
    console.log(`  floor (better-sqlite3 SQL) median ${fmt(floor.median)}   p99 ${fmt(floor.p99)}   max ${fmt(floor.max)}`);
    console.log(`  ratio app/floor            median ${(app.median / floor.median).toFixed(1).padStart(6)}x  p99 ${(app.p99 / floor.p99).toFixed(1).padStart(6)}x`);
    console.log(`  target p99 < 20 ms: ${app.p99 < 20 ? "met" : "NOT met"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
