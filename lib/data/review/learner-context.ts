import type { RawQueryable } from "../direct-sql";
import { dateOrNull } from "../raw-values";
import { NotFoundError } from "../../domain/errors";
import type { SchedulerSettings } from "../../domain/scheduling/scheduler";
import { storedWeightsOf } from "../../domain/scheduling/fsrs-weights";
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

type ContextRow = {
  timezone: string;
  dayStartHour: number | bigint;
  cardsMaterializedAt: unknown;
  masteryCapturedAt: unknown;
  desiredRetention: number | null;
  maximumIntervalDays: number | bigint | null;
  learningSteps: string | null;
  relearningSteps: string | null;
  isFuzzEnabled: boolean | number | bigint | null;
  newCardsPerDay: number | bigint | null;
  reviewsPerDay: number | bigint | null;
  leechThreshold: number | bigint | null;
  includeQuizOnlyKinds: boolean | number | bigint | null;
  isQuizFeedingScheduler: boolean | number | bigint | null;
  fsrsWeights: string | null;
};

const numberOr = (value: number | bigint | null, fallback: number): number => (value === null ? fallback : Number(value));
const flagOr = (value: boolean | number | bigint | null, fallback: boolean): boolean => (value === null ? fallback : Boolean(Number(value)));

/**
 * Everything that shapes a learner's queue and schedule, in one SQL statement (a user and their
 * settings row, which may not exist yet). Raw SQL because the query builder reads a relation with
 * a second statement, and this runs on every grade.
 */
export async function getLearnerContext(db: RawQueryable, userId: string): Promise<LearnerContext> {
  const [row] = await db.$queryRaw<ContextRow[]>`
    SELECT u."timezone", u."dayStartHour", u."cardsMaterializedAt", u."masteryCapturedAt", st."desiredRetention",
      st."maximumIntervalDays", st."learningSteps", st."relearningSteps", st."isFuzzEnabled", st."newCardsPerDay",
      st."reviewsPerDay", st."leechThreshold", st."includeQuizOnlyKinds", st."isQuizFeedingScheduler",
      st."fsrsWeights"
    FROM "User" u LEFT JOIN "UserSettings" st ON st."userId" = u."id"
    WHERE u."id" = ${userId}`;
  if (!row) throw new NotFoundError("User not found.");
  return {
    scheduler: {
      desiredRetention: row.desiredRetention ?? 0.9,
      maximumIntervalDays: numberOr(row.maximumIntervalDays, 36500),
      learningSteps: row.learningSteps ?? "1m 10m",
      relearningSteps: row.relearningSteps ?? "10m",
      isFuzzEnabled: flagOr(row.isFuzzEnabled, true),
      weights: storedWeightsOf(row.fsrsWeights),
    },
    limits: { newCardsPerDay: numberOr(row.newCardsPerDay, 20), reviewsPerDay: numberOr(row.reviewsPerDay, 200) },
    leechThreshold: numberOr(row.leechThreshold, 8),
    includeQuizOnlyKinds: flagOr(row.includeQuizOnlyKinds, false),
    isQuizFeedingScheduler: flagOr(row.isQuizFeedingScheduler, true),
    timezone: row.timezone,
    dayStartHour: Number(row.dayStartHour),
    cardsMaterializedAt: dateOrNull(row.cardsMaterializedAt),
    masteryCapturedAt: dateOrNull(row.masteryCapturedAt),
  };
}
