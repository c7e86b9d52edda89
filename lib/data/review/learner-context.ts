import type { Queryable } from "../db";
import { NotFoundError } from "../../domain/errors";
import type { SchedulerSettings } from "../../domain/scheduling/scheduler";
import type { DailyLimits } from "../../domain/review/queue";

export interface LearnerContext {
  scheduler: SchedulerSettings;
  limits: DailyLimits;
  leechThreshold: number;
  includeQuizOnlyKinds: boolean;
  /** Quiz answers grade the questions' cards unless the learner turned it off. */
  isQuizFeedingScheduler: boolean;
  timezone: string;
  dayStartHour: number;
  /** Content version the user's state rows were last completed for (see materializeCardStates). */
  cardsMaterializedAt: Date | null;
  /** End of the latest week whose mastery snapshot is stored (see snapshotEndedWeeks). */
  masteryCapturedAt: Date | null;
}

/** Everything that shapes a learner's queue and schedule, read in one query. */
export async function getLearnerContext(db: Queryable, userId: string): Promise<LearnerContext> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { timezone: true, dayStartHour: true, cardsMaterializedAt: true, masteryCapturedAt: true, settings: true },
  });
  if (!user) throw new NotFoundError("User not found.");
  const s = user.settings;
  return {
    scheduler: {
      desiredRetention: s?.desiredRetention ?? 0.9,
      maximumIntervalDays: s?.maximumIntervalDays ?? 36500,
      learningSteps: s?.learningSteps ?? "1m 10m",
      relearningSteps: s?.relearningSteps ?? "10m",
      isFuzzEnabled: s?.isFuzzEnabled ?? true,
    },
    limits: { newCardsPerDay: s?.newCardsPerDay ?? 20, reviewsPerDay: s?.reviewsPerDay ?? 200 },
    leechThreshold: s?.leechThreshold ?? 8,
    includeQuizOnlyKinds: s?.includeQuizOnlyKinds ?? false,
    isQuizFeedingScheduler: s?.isQuizFeedingScheduler ?? true,
    timezone: user.timezone,
    dayStartHour: user.dayStartHour,
    cardsMaterializedAt: user.cardsMaterializedAt,
    masteryCapturedAt: user.masteryCapturedAt,
  };
}
