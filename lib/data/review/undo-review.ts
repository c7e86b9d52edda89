import type { Db } from "../db";
import { NotFoundError } from "../../domain/errors";
import { createScheduler } from "../../domain/scheduling/scheduler";
import type { CardStateValue } from "../../domain/scheduling/memory-state";
import { getLearnerContext } from "./learner-context";
import { memoryStateColumns, memoryStateFromRow, memoryStateSelect } from "./memory-state-row";
import { countReviewDay } from "../mastery/review-day-counts";
import { correctSnapshotsForUndo } from "../mastery/correct-snapshots-for-undo";
import { isRetentionReview } from "../../domain/mastery/review-day-count";

export interface UndoResult {
  cardId: string;
  reviewId: string;
  version: number;
}

/**
 * Reverts the learner's most recent review exactly, in one transaction: ts-fsrs rollback gives the
 * previous memory state, the logged previous due date restores what rollback cannot, the leech
 * flag and sibling burials the grade caused are lifted, and the log is soft-deleted so stats and
 * optimisation ignore it.
 */
export async function undoLastReview(db: Db, userId: string, now: Date): Promise<UndoResult> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: { userId, deletedAt: null, source: "review" },
      orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
    });
    if (!log) throw new NotFoundError("There is no review to undo.");
    const row = await tx.cardState.findUnique({
      where: { userId_cardId: { userId, cardId: log.cardId } },
      select: { id: true, version: true, isLeech: true, isSuspended: true, ...memoryStateSelect },
    });
    if (!row) throw new NotFoundError("There is no review to undo.");

    const context = await getLearnerContext(tx, userId);
    const current = memoryStateFromRow(row);
    const previous = createScheduler(context.scheduler).rollback(current, {
      ...log,
      state: log.state as CardStateValue,
    });
    previous.due = log.previousDue;
    const leechFlags = log.madeLeech ? { isSuspended: false, isLeech: previous.lapses >= context.leechThreshold && row.isLeech } : {};
    const version = row.version + 1;
    await tx.cardState.update({ where: { id: row.id }, data: { ...memoryStateColumns(previous), ...leechFlags, version } });

    const buried = JSON.parse(log.buriedSiblingIds) as string[];
    if (buried.length > 0) {
      await tx.cardState.updateMany({
        where: { userId, cardId: { in: buried }, buriedUntil: { not: null } },
        data: { buriedUntil: null, version: { increment: 1 } },
      });
    }
    await correctSnapshotsForUndo(tx, userId, log, current, previous, context.scheduler);
    await tx.reviewLog.update({ where: { id: log.id }, data: { deletedAt: now } });
    const dayKey = { date: log.studyDate, topic: log.topic, rating: log.rating, isRetentionReview: isRetentionReview({ state: log.state as CardStateValue, source: "review" }) };
    await countReviewDay(tx, userId, dayKey, -1);
    return { cardId: log.cardId, reviewId: log.reviewId, version };
  });
}
