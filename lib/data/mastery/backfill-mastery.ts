import type { Db } from "../db";
import { studyDayAt } from "../../domain/scheduling/study-day";
import { getLearnerContext } from "../review/learner-context";
import { listLiveMasteryLogs } from "./list-live-logs";
import { rebuildMasteryAggregates } from "./rebuild-mastery-aggregates";

const BATCH = 5000;
// One learner's rebuild holds the SQLite write lock while it writes; a year of heavy use
// (1,000,000 logs) takes seconds, which is fine once, at start.
const REBUILD_TIMEOUT_MS = 300_000;

/** Gives the learner's logs without a study date theirs, in their timezone and day start now. */
async function fillStudyDates(db: Db, userId: string, timezone: string, dayStartHour: number): Promise<void> {
  for (;;) {
    const rows = await db.reviewLog.findMany({ where: { userId, studyDate: "" }, select: { id: true, reviewedAt: true }, take: BATCH });
    if (rows.length === 0) return;
    const idsByDate = new Map<string, string[]>();
    for (const row of rows) {
      const date = studyDayAt(row.reviewedAt, timezone, dayStartHour).date;
      idsByDate.set(date, [...(idsByDate.get(date) ?? []), row.id]);
    }
    await db.$transaction(async (tx) => {
      for (const [studyDate, ids] of idsByDate) await tx.reviewLog.updateMany({ where: { id: { in: ids } }, data: { studyDate } });
    });
  }
}

/**
 * Brings the dashboard aggregates of learners whose logs predate them (written before the
 * mastery migration, which could not apply a timezone in SQL) up to date. Idempotent: a learner
 * is done once no log of theirs lacks a study date. Returns the number of learners rebuilt.
 */
export async function backfillMasteryAggregates(db: Db, now: Date): Promise<number> {
  const pending = await db.reviewLog.findMany({ where: { studyDate: "" }, distinct: ["userId"], select: { userId: true } });
  for (const { userId } of pending) {
    const context = await getLearnerContext(db, userId);
    await fillStudyDates(db, userId, context.timezone, context.dayStartHour);
    const logs = await listLiveMasteryLogs(db, userId);
    await db.$transaction((tx) => rebuildMasteryAggregates(tx, userId, context, logs, now), { timeout: REBUILD_TIMEOUT_MS, maxWait: 10_000 });
  }
  return pending.length;
}
