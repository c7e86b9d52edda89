// `npm run bench` (second part): quizzes on SQLite for one user with the review bench's 10,000
// cards and 1,000,000 review logs, plus the real knowledge base's items (the quiz questions) with
// 3,000 of them reviewed. Times creating a 50-question quiz over all topics (weak spots on and off)
// and grading one answer through the server path, against a hand-written better-sqlite3 floor.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { syncContentItems } from "../../lib/data/content-sync";
import { createDb, type Db } from "../../lib/data/db";
import { answerQuestion, type AnswerQuestionInput } from "../../lib/data/quiz/answer-question";
import { createQuiz } from "../../lib/data/quiz/create-quiz";
import { getQuizView } from "../../lib/data/quiz/get-quiz-view";
import { createUser } from "../../lib/data/users";
import { startWalCheckpointer, stopWalCheckpointers } from "../../lib/data/wal-checkpointer";
import { generateItems } from "../../lib/domain/content/generate-items";
import type { ItemPayload } from "../../lib/domain/content/item-types";
import { metricAppearance } from "../../lib/domain/content/metric-items";
import { TOPICS } from "../../lib/domain/content/schema";
import { createScheduler, newMemoryState } from "../../lib/domain/scheduling/scheduler";
import { loadKnowledgeBase } from "../../lib/server/content-files";
import { CARD_COUNT, LOG_COUNT, prismaDate } from "./seed-bench-db";
import { summary, formatRow } from "./bench-stats";

const START = Date.parse("2026-11-25T10:00:00Z");
const QUIZZES = 300;
const WARMUP = 20;
const ANSWERS = 2_000;
const REVIEWED_QUIZ_CARDS = 3_000;
const ROOT = path.resolve(import.meta.dirname, "../..");

/** Gives the learner history on real quiz cards, so weak-spots mode has concepts to rank. */
function seedQuizHistory(file: string, userId: string): void {
  const db = new Database(file);
  const cards = db.prepare(`SELECT id, kind, topic FROM "Card" WHERE kind IN ('mcq', 'true-false', 'cloze', 'open') ORDER BY id LIMIT ?`).all(REVIEWED_QUIZ_CARDS) as { id: string; kind: string; topic: string }[];
  const insert = db.prepare(
    `INSERT OR IGNORE INTO "CardState" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, lastReviewMs, version, cardKind, cardTopic, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, 5, 0, 10, 0, 4, ?, 2, ?, ?, 1, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    cards.forEach((card, i) => {
      const lastReview = START - ((i % 60) + 1) * 86_400_000;
      insert.run(`quiz-state-${i}`, userId, card.id, prismaDate(lastReview + 10 * 86_400_000), 1 + (i % 50), i % 7, prismaDate(lastReview), lastReview, card.kind, card.topic, prismaDate(START), prismaDate(START));
    });
  })();
  db.exec("ANALYZE");
  db.close();
}

async function benchCreate(db: Db, userId: string, isWeakSpots: boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < QUIZZES + WARMUP; i++) {
    const started = performance.now();
    await createQuiz(db, userId, { topics: [...TOPICS], length: 50, mode: "practice", isWeakSpots }, new Date(START + i));
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  return samples;
}

/** A right answer to each kind, worked out from the stored item as only the server can. */
function rightAnswer(payload: ItemPayload, cardId: string, appearance: number): Omit<AnswerQuestionInput, "questionId" | "answerId"> {
  switch (payload.kind) {
    case "mcq":
    case "which-family":
      return { optionIndex: payload.correctIndex };
    case "true-false":
      return { value: payload.isTrue };
    case "metric": {
      const value = metricAppearance(cardId, payload.metric, payload.framing, appearance).value;
      return { text: value === null ? "undefined" : value.toFixed(4) };
    }
    case "cloze":
      return { text: payload.answer };
    default:
      return { text: "An answer in my own words." };
  }
}

async function benchAnswers(db: Db, userId: string): Promise<number[]> {
  const samples: number[] = [];
  let now = START + 86_400_000;
  let answered = 0;
  while (answered < ANSWERS + WARMUP) {
    const { quizId } = await createQuiz(db, userId, { topics: [...TOPICS], length: 50, mode: "mock", timeLimitSeconds: 600, isWeakSpots: false }, new Date(now));
    for (;;) {
      const view = await getQuizView(db, userId, quizId, new Date(now));
      if (!view.current) break;
      const question = await db.quizQuestion.findUniqueOrThrow({ where: { id: view.current.questionId }, select: { cardId: true, appearance: true, card: { select: { payload: true } } } });
      const input = { questionId: view.current.questionId, answerId: `bench-answer-${answered}`, ...rightAnswer(JSON.parse(question.card.payload) as ItemPayload, question.cardId, question.appearance) };
      now += 5_000;
      const started = performance.now();
      await answerQuestion(db, userId, quizId, input, new Date(now));
      if (answered >= WARMUP) samples.push(performance.now() - started);
      answered += 1;
      if (answered >= ANSWERS + WARMUP) break;
    }
  }
  return samples;
}

/** The floor: one quiz answer's writes (question, card state, log) in hand-written SQL. */
function benchAnswerFloor(file: string, userId: string): number[] {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningSteps: "1m 10m", relearningSteps: "10m", isFuzzEnabled: true });
  const questions = db.prepare(`SELECT qq.id, qq.cardId FROM "QuizQuestion" qq JOIN "Quiz" q ON q.id = qq.quizId WHERE q.userId = ? AND qq.verdict IS NULL LIMIT ?`).all(userId, ANSWERS + WARMUP) as { id: string; cardId: string }[];
  const findQuestion = db.prepare(`SELECT qq.id, qq.cardId, qq.shownAt, c.payload FROM "QuizQuestion" qq JOIN "Quiz" q ON q.id = qq.quizId JOIN "Card" c ON c.id = qq.cardId WHERE qq.id = ? AND q.userId = ?`);
  const updateQuestion = db.prepare(`UPDATE "QuizQuestion" SET verdict = 'correct', isCorrect = 1, rating = 3, response = ?, answerId = ?, answeredAt = ?, durationMs = 5000 WHERE id = ? AND verdict IS NULL`);
  const findState = db.prepare(`SELECT id, version FROM "CardState" WHERE userId = ? AND cardId = ?`);
  const insertState = db.prepare(
    `INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, lastReviewMs, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 1, 0, ?, ?, ?, 1, ?, ?)`,
  );
  const updateState = db.prepare(`UPDATE "CardState" SET due = ?, stability = ?, difficulty = ?, reps = reps + 1, state = ?, lastReview = ?, lastReviewMs = ?, version = version + 1 WHERE id = ? AND version = ?`);
  const insertLog = db.prepare(
    `INSERT INTO "ReviewLog" (id, userId, cardId, reviewId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, source, previousDue, scheduledDue, nextState, buriedSiblingIds, madeLeech, createdAt) VALUES (?, ?, ?, ?, 3, 0, ?, 0, 0, 0, 0, 0, 0, ?, 5000, 'quiz', ?, ?, ?, '[]', 0, ?)`,
  );
  const answer = db.transaction((questionId: string, i: number, now: number) => {
    const question = findQuestion.get(questionId, userId) as { cardId: string; payload: string };
    JSON.parse(question.payload);
    const at = prismaDate(now);
    updateQuestion.run(`{"optionIndex":0}`, `floor-answer-${i}`, at, questionId);
    const state = findState.get(userId, question.cardId) as { id: string; version: number } | undefined;
    const { next } = scheduler.grade(newMemoryState(new Date(now)), 3, new Date(now));
    if (state) updateState.run(prismaDate(next.due.getTime()), next.stability, next.difficulty, next.state, at, now, state.id, state.version);
    else insertState.run(`floor-quiz-state-${i}`, userId, question.cardId, prismaDate(next.due.getTime()), next.stability, next.difficulty, next.state, at, now, at, at);
    insertLog.run(`floor-quiz-log-${i}`, userId, question.cardId, `floor-answer-${i}`, at, at, at, prismaDate(next.due.getTime()), next.state, at);
  });
  const samples: number[] = [];
  questions.forEach((question, i) => {
    const started = performance.now();
    answer(question.id, i, START + 2 * 86_400_000 + i * 5000);
    if (i >= WARMUP) samples.push(performance.now() - started);
  });
  db.close();
  return samples;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-quiz-bench-"));
  const file = path.join(dir, "bench.db");
  try {
    const url = `file:${file}`;
    execFileSync(process.execPath, [path.join(ROOT, "scripts/db-migrate.mjs")], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
    const setup = createDb(url);
    const user = await createUser(setup, { email: "quiz-bench@example.com", name: "Bench", passwordHash: null, timezone: "UTC" });
    await setup.$disconnect();
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/bench/seed-bench-db.ts"), file, user.id, String(START)], { stdio: "inherit" });
    const sync = createDb(url);
    const items = generateItems(loadKnowledgeBase().knowledgeBase);
    await syncContentItems(sync, items);
    await sync.$disconnect();
    seedQuizHistory(file, user.id);
    console.log(`seeded ${CARD_COUNT.toLocaleString("en")} bench cards, ${LOG_COUNT.toLocaleString("en")} review logs, ${items.length.toLocaleString("en")} knowledge-base items (${REVIEWED_QUIZ_CARDS.toLocaleString("en")} of them reviewed)`);

    startWalCheckpointer(file);
    const db = createDb(url);
    const createWeak = summary(await benchCreate(db, user.id, true));
    const createPlain = summary(await benchCreate(db, user.id, false));
    const grade = summary(await benchAnswers(db, user.id));
    // Quizzes for the floor to answer, created through the app so both answer the same rows.
    for (let i = 0; i < 45; i++) {
      const { quizId } = await createQuiz(db, user.id, { topics: [...TOPICS], length: 50, mode: "practice", isWeakSpots: false }, new Date(START + 3 * 86_400_000 + i));
      await db.quizQuestion.updateMany({ where: { quizId }, data: { shownAt: new Date(START) } });
    }
    await db.$disconnect();
    const floor = summary(benchAnswerFloor(file, user.id));
    await stopWalCheckpointers();

    console.log(`create a 50-question quiz over all topics, ${QUIZZES} quizzes after ${WARMUP} warm-up (ms):`);
    console.log(formatRow("weak spots on", createWeak));
    console.log(formatRow("weak spots off", createPlain));
    console.log(`  target p99 < 50 ms: ${createWeak.p99 < 50 && createPlain.p99 < 50 ? "met" : "NOT met"}`);
    console.log(`grade one quiz answer, ${ANSWERS} answers after ${WARMUP} warm-up (ms):`);
    console.log(formatRow("app (Prisma, data layer)", grade));
    console.log(formatRow("floor (better-sqlite3 SQL)", floor));
    console.log(`  target p99 < 20 ms: ${grade.p99 < 20 ? "met" : "NOT met"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
