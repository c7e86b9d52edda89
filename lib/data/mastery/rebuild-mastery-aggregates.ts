import type { Tx } from "../db";
import type { MasteryLog } from "../../domain/mastery/mastery-inputs";
import { snapshotsFromReplay } from "../../domain/mastery/weekly-mastery-snapshots";
import type { LearnerContext } from "../review/learner-context";
import { listMasteryCards } from "./list-mastery-cards";
import { insertWeekSnapshots } from "./topic-week-mastery";

/**
 * Rebuilds the learner's dashboard aggregates from their history, in the caller's transaction:
 * the day counts from the logs' stored study dates (one portable INSERT ... SELECT), and the week
 * snapshots by replaying `logs` (all the learner's logs; see weeklyTopicMastery). For histories
 * that arrive without passing through grades: an import, and logs written before the aggregates.
 */
export async function rebuildMasteryAggregates(tx: Tx, userId: string, context: LearnerContext, logs: readonly MasteryLog[], now: Date): Promise<void> {
  await tx.reviewDayCount.deleteMany({ where: { userId } });
  await tx.$executeRaw`
    INSERT INTO "ReviewDayCount" ("id", "userId", "studyDate", "topic", "rating", "isRetentionReview", "count")
    SELECT "userId" || ':' || "studyDate" || ':' || "topic" || ':' || CAST("rating" AS TEXT) || ':' || CAST("retention" AS TEXT),
      "userId", "studyDate", "topic", "rating", "retention" = 1, COUNT(*)
    FROM (
      SELECT "userId", "studyDate", "topic", "rating", CASE WHEN "state" = 2 AND "source" = 'review' THEN 1 ELSE 0 END AS "retention"
      FROM "ReviewLog" WHERE "userId" = ${userId} AND "deletedAt" IS NULL
    ) AS "live"
    GROUP BY "userId", "studyDate", "topic", "rating", "retention"`;

  await tx.topicWeekMastery.deleteMany({ where: { userId } });
  const cards = await listMasteryCards(tx, userId, context.includeQuizOnlyKinds);
  const { snapshots, capturedAt } = snapshotsFromReplay(cards, logs, context.scheduler, now, context.timezone, context.dayStartHour);
  await insertWeekSnapshots(tx, userId, snapshots);
  await tx.user.update({ where: { id: userId }, data: { masteryCapturedAt: capturedAt } });
}
