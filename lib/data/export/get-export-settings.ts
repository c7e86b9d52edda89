import type { Db } from "../db";
import { NotFoundError } from "../../domain/errors";

/**
 * The user's own preferences for the export: every UserSettings field plus the profile fields a
 * new account should take over (name, timezone, day start). Email, password hash, OAuth links and
 * the content-materialisation marker stay out: they belong to the account, not to its data.
 */
export async function getExportSettings(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, timezone: true, dayStartHour: true, settings: true },
  });
  if (!user) throw new NotFoundError("User not found.");
  const settings = user.settings ?? (await db.userSettings.create({ data: { userId } }));
  return {
    name: user.name,
    timezone: user.timezone,
    dayStartHour: user.dayStartHour,
    desiredRetention: settings.desiredRetention,
    newCardsPerDay: settings.newCardsPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    learningSteps: settings.learningSteps,
    relearningSteps: settings.relearningSteps,
    maximumIntervalDays: settings.maximumIntervalDays,
    isFuzzEnabled: settings.isFuzzEnabled,
    leechThreshold: settings.leechThreshold,
    includeQuizOnlyKinds: settings.includeQuizOnlyKinds,
    isQuizFeedingScheduler: settings.isQuizFeedingScheduler,
    updatedAt: settings.updatedAt,
  };
}
