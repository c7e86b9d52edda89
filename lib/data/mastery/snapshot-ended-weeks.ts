import type { RawQueryable } from "../direct-sql";
import { snapshotWeeks, weeksToSnapshot } from "../../domain/mastery/weekly-mastery-snapshots";
import type { LearnerContext } from "../review/learner-context";
import { listMasteryCards } from "./list-mastery-cards";
import { insertWeekSnapshots } from "./topic-week-mastery";

/**
 * Run by every grade before it changes a card: when a week has ended since the last snapshot, the
 * card states are still that week's end state, so the snapshot is taken from them now. Costs
 * nothing on other grades (the capture time comes with the learner context); once a week it reads
 * the learner's cards.
 */
export async function snapshotEndedWeeks(tx: RawQueryable, userId: string, context: LearnerContext, now: Date): Promise<void> {
  const weeks = weeksToSnapshot(now, context.timezone, context.dayStartHour, context.masteryCapturedAt);
  const latest = weeks.at(-1);
  if (!latest) return;
  const cards = await listMasteryCards(tx, userId, context.includeQuizOnlyKinds);
  await insertWeekSnapshots(tx, userId, snapshotWeeks(cards, context.scheduler, weeks));
  await tx.$executeRaw`UPDATE "User" SET "masteryCapturedAt" = ${latest.measuredAt}, "updatedAt" = ${new Date()} WHERE "id" = ${userId}`;
}
