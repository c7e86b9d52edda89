import type { Db, Tx } from "../db";
import { ConflictError } from "../../domain/errors";
import { createScheduler, type HistoryGrade, type ReviewRating } from "../../domain/scheduling/scheduler";
import { getLearnerContext } from "../review/learner-context";
import { memoryStateColumns } from "../review/memory-state-row";
import { retryIfRaced } from "../write-races";

/** Cards per transaction: short enough that a grade waiting behind one is not noticed. */
export const RESCHEDULE_BATCH_SIZE = 200;

export interface RescheduleProgress {
  /** Cards rescheduled so far in this run (of those reviewed at least once). */
  done: number;
  total: number;
  isFinished: boolean;
}

/**
 * Reschedules the learner's next batch of reviewed cards with their current weights, in one
 * transaction: each card's state is replayed from its history (ts-fsrs reschedule), and the
 * cursor on the settings row moves past the batch in the same commit. A run interrupted between
 * batches carries on from the cursor, so no card is rescheduled twice; two tabs running it at
 * once cannot both apply a batch, because the cursor moves only from the value the batch read.
 */
export async function rescheduleNextBatch(db: Db, userId: string, now: Date, batchSize = RESCHEDULE_BATCH_SIZE): Promise<RescheduleProgress> {
  return retryIfRaced(() => db.$transaction((tx) => rescheduleBatchInTx(tx, userId, now, batchSize)));
}

async function rescheduleBatchInTx(tx: Tx, userId: string, now: Date, batchSize: number): Promise<RescheduleProgress> {
  const settings = await tx.userSettings.findUnique({ where: { userId }, select: { rescheduleStartedAt: true, rescheduledThroughId: true } });
  if (!settings?.rescheduleStartedAt) return { done: 0, total: 0, isFinished: true };
  const cursor = settings.rescheduledThroughId;
  const reviewed = { userId, state: { not: 0 } };
  const [total, doneBefore] = await Promise.all([
    tx.cardState.count({ where: reviewed }),
    cursor ? tx.cardState.count({ where: { ...reviewed, cardId: { lte: cursor } } }) : Promise.resolve(0),
  ]);
  const states = await tx.cardState.findMany({
    where: { ...reviewed, ...(cursor ? { cardId: { gt: cursor } } : {}) },
    orderBy: { cardId: "asc" },
    take: batchSize,
    select: { id: true, cardId: true, version: true },
  });
  const claimed = await tx.userSettings.updateMany({
    where: { userId, rescheduleStartedAt: settings.rescheduleStartedAt, rescheduledThroughId: cursor },
    data: states.length === 0 ? { rescheduleStartedAt: null, rescheduledThroughId: null } : { rescheduledThroughId: states[states.length - 1].cardId },
  });
  if (claimed.count !== 1) throw new ConflictError("Another rescheduling run moved on meanwhile.");
  if (states.length === 0) return { done: total, total, isFinished: true };

  const scheduler = createScheduler((await getLearnerContext(tx, userId)).scheduler);
  const histories = await historiesOf(tx, userId, states.map((state) => state.cardId));
  for (const row of states) {
    const next = scheduler.reschedule(histories.get(row.cardId) ?? [], now);
    if (!next) continue;
    // The flags (suspended, buried, leech) stay; only the memory state and its due date change.
    const updated = await tx.cardState.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...memoryStateColumns(next), version: row.version + 1 },
    });
    if (updated.count !== 1) throw new ConflictError("A card was graded meanwhile.");
  }
  return { done: doneBefore + states.length, total, isFinished: false };
}

/** Each card's grades since it was last new (a reset sends a card back to new without a log). */
async function historiesOf(tx: Tx, userId: string, cardIds: string[]): Promise<Map<string, HistoryGrade[]>> {
  const logs = await tx.reviewLog.findMany({
    where: { userId, cardId: { in: cardIds }, deletedAt: null },
    orderBy: [{ cardId: "asc" }, { reviewedAt: "asc" }, { id: "asc" }],
    select: { cardId: true, rating: true, state: true, reviewedAt: true },
  });
  const histories = new Map<string, HistoryGrade[]>();
  for (const log of logs) {
    // Grades before a card's first grade as new (none, unless its history is incomplete) are not
    // replayed: the card keeps the state it has.
    if (log.state === 0) histories.set(log.cardId, []);
    histories.get(log.cardId)?.push({ rating: log.rating as ReviewRating, reviewedAt: log.reviewedAt });
  }
  return histories;
}
