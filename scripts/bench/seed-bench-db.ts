// Seeds the benchmark database: one user with 10,000 cards (9,000 with an FSRS state, 1,000 new)
// and 1,000,000 review logs spread over `spanDays` (three years unless told). Bulk rows go in through better-sqlite3 in
// one transaction; dates use Prisma's SQLite text format so the app's queries compare correctly.
import Database from "better-sqlite3";

export const CARD_COUNT = 10_000;
export const LOG_COUNT = 1_000_000;
const STATEFUL_CARDS = 9_000;
const KINDS = ["basic", "reverse", "cloze"] as const;
const TOPICS = ["fundamentals", "supervised", "unsupervised", "evaluation", "deep-learning", "reinforcement-learning", "computer-vision", "nlp"];
const DAY = 86_400_000;

/** Prisma's SQLite DateTime text: 2026-11-25T10:00:00.000+00:00 */
export const prismaDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The study date a UTC learner with a 4 am day start gives a review, as the grade path stores it. */
const utcStudyDate = (ms: number) => new Date(ms - 4 * 3_600_000).toISOString().slice(0, 10);

export function seedBenchDatabase(file: string, userId: string, nowMs: number, spanDays = 3 * 365): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const rand = random(42);
  const insertCard = db.prepare(
    `INSERT INTO "Card" (id, conceptId, topic, kind, payload, contentHash, position, isRetired, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const insertState = db.prepare(
    `INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, lastReviewMs, isSuspended, isLeech, buriedUntil, version, newPosition, cardKind, cardTopic, isCardRetired, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const insertLog = db.prepare(
    `INSERT INTO "ReviewLog" (id, userId, cardId, reviewId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, source, previousDue, scheduledDue, nextState, buriedSiblingIds, madeLeech, deletedAt, createdAt, studyDate, topic)
     VALUES (?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'review', ?, ?, 2, '[]', 0, NULL, ?, ?, ?)`,
  );
  const created = prismaDate(nowMs - 3 * 365 * DAY);
  const cardIds: string[] = [];

  db.transaction(() => {
    for (let i = 0; i < CARD_COUNT; i++) {
      const concept = `bench-concept-${Math.floor(i / 3)}`;
      const kind = KINDS[i % 3];
      const id = `${concept}:${kind}:0`;
      cardIds.push(id);
      const payload = JSON.stringify({ kind, prompt: `Prompt ${i}`, answer: `Answer ${i}` });
      insertCard.run(id, concept, TOPICS[Math.floor(i / 3) % TOPICS.length], kind, payload, `hash${i}`, i, created, created);
    }
    for (let i = 0; i < STATEFUL_CARDS; i++) {
      // 1 in 9 cards is in (re)learning and due within the hour around now; the rest are review
      // cards due between 30 days ago and 60 days from now (a realistic backlog).
      const isLearning = i % 9 === 0;
      const stability = isLearning ? 0.5 + rand() : 1 + rand() * 120;
      const due = isLearning ? nowMs + (rand() - 0.5) * 2 * 3_600_000 : nowMs + (rand() * 90 - 30) * DAY;
      const lastReview = due - (isLearning ? 600_000 : stability * DAY);
      insertState.run(
        `bench-state-${i}`, userId, cardIds[i], prismaDate(due), stability, 1 + rand() * 9, 0, isLearning ? 0 : Math.round(stability),
        isLearning ? 1 : 0, 5 + Math.floor(rand() * 100), Math.floor(rand() * 4), isLearning ? (i % 2 ? 1 : 3) : 2, prismaDate(lastReview), lastReview, 1,
        i, KINDS[i % 3], TOPICS[Math.floor(i / 3) % TOPICS.length], created, created,
      );
    }
    const span = spanDays * DAY;
    for (let i = 0; i < LOG_COUNT; i++) {
      // Oldest first, ending a day before now, so "today" starts empty as on a real morning.
      const reviewedAt = nowMs - DAY - span + (i / LOG_COUNT) * span;
      const at = prismaDate(reviewedAt);
      const card = i % STATEFUL_CARDS;
      insertLog.run(
        `bench-log-${i}`, userId, cardIds[card], `bench-review-${i}`, 1 + Math.floor(rand() * 4), at, 1 + rand() * 50,
        1 + rand() * 9, Math.floor(rand() * 30), Math.floor(rand() * 30), Math.floor(rand() * 60), at, 2000 + Math.floor(rand() * 8000), at, at, at,
        utcStudyDate(reviewedAt), TOPICS[Math.floor(card / 3) % TOPICS.length],
      );
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
}

// Run as a child process by the benches (tsx seed-bench-db.ts FILE USER_ID NOW_MS [SPAN_DAYS]), so
// the measured process does not carry the seeding's garbage into its timings.
if (process.argv[1]?.endsWith("seed-bench-db.ts") && process.argv.length >= 5) {
  seedBenchDatabase(process.argv[2], process.argv[3], Number(process.argv[4]), process.argv[5] ? Number(process.argv[5]) : undefined);
}
