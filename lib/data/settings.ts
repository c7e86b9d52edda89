import type { Db } from "./db";
import type { UpdateSettingsInput } from "../domain/account/schemas";
import { NotFoundError } from "../domain/errors";

export { updateSettingsSchema, type UpdateSettingsInput } from "../domain/account/schemas";

export type UserSettingsView = UpdateSettingsInput;

/** The user's settings and day boundary, with defaults created on first read. */
export async function getSettings(db: Db, userId: string): Promise<UserSettingsView> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { timezone: true, dayStartHour: true, settings: true },
  });
  if (!user) throw new NotFoundError("User not found.");
  const settings = user.settings ?? (await db.userSettings.create({ data: { userId } }));
  return {
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
    timezone: user.timezone,
    dayStartHour: user.dayStartHour,
  };
}

/** Writes validated settings (parse with updateSettingsSchema first) in one transaction. */
export async function updateSettings(db: Db, userId: string, input: UpdateSettingsInput): Promise<UserSettingsView> {
  const { timezone, dayStartHour, ...scheduling } = input;
  await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { timezone, dayStartHour } });
    if (updated.count !== 1) throw new NotFoundError("User not found.");
    await tx.userSettings.upsert({
      where: { userId },
      create: { userId, ...scheduling },
      update: scheduling,
    });
  });
  return getSettings(db, userId);
}
