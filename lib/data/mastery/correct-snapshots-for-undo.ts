import type { Tx } from "../db";
import type { MasteryCard } from "../../domain/mastery/mastery-inputs";
import { masteryLogsOf } from "./mastery-log-rows";
import { undoCorrections } from "../../domain/mastery/weekly-mastery-snapshots";
import type { SchedulerSettings } from "../../domain/scheduling/scheduler";
import { listWeekSnapshots } from "./topic-week-mastery";

type CardMemory = Pick<MasteryCard, "state" | "stability" | "lastReview">;

/**
 * Undo takes a review out of history, so the week snapshots measured since it must lose what the
 * review added to the card's retrievability: replayed from the card's live logs before and after.
 * Runs in the undo's transaction, before the log is marked undone.
 */
export async function correctSnapshotsForUndo(
  tx: Tx,
  userId: string,
  undone: { id: string; cardId: string; topic: string; reviewedAt: Date },
  before: CardMemory,
  after: CardMemory,
  settings: SchedulerSettings,
): Promise<void> {
  const snapshots = await listWeekSnapshots(tx, userId, undone.reviewedAt, undone.topic);
  if (snapshots.length === 0) return;
  const rows = await tx.reviewLog.findMany({
    where: { userId, cardId: undone.cardId, deletedAt: null },
    orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, cardId: true, topic: true, rating: true, state: true, stability: true, reviewedAt: true, source: true, deletedAt: true },
  });
  const logs = masteryLogsOf(rows);
  const undoneIndex = rows.findIndex((row) => row.id === undone.id);
  if (undoneIndex < 0) return;
  const deltas = undoCorrections(before, after, logs, undoneIndex, settings, snapshots.map((row) => row.measuredAt));
  for (const [index, snapshot] of snapshots.entries()) {
    if (deltas[index] === 0) continue;
    await tx.topicWeekMastery.update({
      where: { userId_weekStartDate_topic: { userId, weekStartDate: snapshot.weekStartDate, topic: snapshot.topic } },
      data: { retrievabilitySum: { increment: deltas[index] } },
    });
  }
}
