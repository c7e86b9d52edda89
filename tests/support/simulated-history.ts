import type { Db } from "@/lib/data/db";
import type { Prisma } from "@/lib/data/generated/prisma/client";
import { randomFrom } from "@/lib/domain/content/seeded-random";
import { studyDayAt } from "@/lib/domain/scheduling/study-day";
import { memoryStateColumns } from "@/lib/data/review/memory-state-row";
import { createScheduler, newMemoryState, type ReviewRating } from "@/lib/domain/scheduling/scheduler";

const DAY = 86_400_000;
const BATCH = 5000;

export interface SimulatedHistoryOptions {
  /** Cards to study, in the order they are introduced (see insertSimulatedCards). */
  cards: ReadonlyArray<{ id: string; kind: string; topic: string; position: number }>;
  /** Reviews to stop at (the history may end a little short if the cards run out of days). */
  reviews: number;
  newPerDay: number;
  start: Date;
  seed: number;
  /**
   * How much worse the learner remembers than the default weights expect: they recall a due card
   * with probability R^forgetfulness, where R is what the defaults predict (1 = exactly as expected).
   */
  forgetfulness: number;
}

/** Inserts `count` basic cards of their own (ids "sim-000000:basic:0"...), for histories larger than the content. */
export async function insertSimulatedCards(db: Db, count: number): Promise<SimulatedHistoryOptions["cards"]> {
  const cards = Array.from({ length: count }, (_, index) => ({ id: `sim-${String(index).padStart(6, "0")}:basic:0`, kind: "basic", topic: "supervised", position: 100_000 + index }));
  for (let start = 0; start < cards.length; start += BATCH) {
    await db.card.createMany({
      data: cards.slice(start, start + BATCH).map((card) => ({
        ...card,
        conceptId: card.id.split(":")[0],
        payload: JSON.stringify({ kind: "basic", prompt: `Prompt ${card.id}`, answer: `Answer ${card.id}` }),
        contentHash: "simulated",
      })),
    });
  }
  return cards;
}

/**
 * A learner's daily-review history over `cards`, graded through the app's scheduler (default
 * weights, no learning steps, so every grade is on its own day), written straight into the
 * database with the card states it leaves: fast enough to build 100,000 reviews for a benchmark.
 * Returns the instant after the last review.
 */
export async function insertSimulatedHistory(db: Db, userId: string, options: SimulatedHistoryOptions): Promise<{ end: Date; reviews: number }> {
  const random = randomFrom(options.seed);
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningSteps: "", relearningSteps: "", isFuzzEnabled: false });
  const cardIds = options.cards.map((card) => card.id);

  const rows: Prisma.ReviewLogCreateManyInput[] = [];
  const states = cardIds.map((_, index) => ({ state: newMemoryState(options.start), introducedOn: Math.floor(index / options.newPerDay) }));
  let end = options.start;
  for (let day = 0; rows.length < options.reviews && day < 3650; day += 1) {
    const morning = options.start.getTime() + day * DAY;
    let minute = 0;
    for (let index = 0; index < states.length && rows.length < options.reviews; index += 1) {
      const card = states[index];
      const isNew = card.state.state === 0;
      if (isNew ? card.introducedOn !== day : card.state.due.getTime() > morning + 12 * 3_600_000) continue;
      const now = new Date(morning + minute * 20_000);
      minute += 1;
      const recall = isNew ? 0.75 : Math.pow(scheduler.retrievability(card.state, now), options.forgetfulness);
      const rating: ReviewRating = random() < recall ? (random() < 0.1 ? 4 : random() < 0.1 ? 2 : 3) : 1;
      const { next, log } = scheduler.grade(card.state, rating, now);
      rows.push({
        userId,
        cardId: cardIds[index],
        reviewId: `sim-${rows.length}`,
        rating,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsedDays,
        lastElapsedDays: log.lastElapsedDays,
        scheduledDays: log.scheduledDays,
        learningSteps: log.learningSteps,
        reviewedAt: now,
        durationMs: 5000,
        source: "review",
        previousDue: card.state.due,
        scheduledDue: next.due,
        nextState: next.state,
        studyDate: studyDayAt(now, "UTC", 4).date,
        topic: options.cards[index].topic,
      });
      card.state = next;
      end = now;
    }
  }
  for (let start = 0; start < rows.length; start += BATCH) await db.reviewLog.createMany({ data: rows.slice(start, start + BATCH) });
  const stateRows = options.cards.flatMap((card, index) => {
    const state = states[index].state;
    if (state.state === 0) return [];
    return [{ userId, cardId: card.id, ...memoryStateColumns(state), cardKind: card.kind, cardTopic: card.topic, newPosition: card.position }];
  });
  // Rows the app made already (a first visit to the review page creates one per card) give way.
  // (500 ids per statement: SQLite caps a statement's parameters.)
  for (let start = 0; start < stateRows.length; start += 500) {
    const batch = stateRows.slice(start, start + 500);
    await db.cardState.deleteMany({ where: { userId, cardId: { in: batch.map((row) => row.cardId) } } });
    await db.cardState.createMany({ data: batch });
  }
  return { end: new Date(end.getTime() + 60_000), reviews: rows.length };
}
