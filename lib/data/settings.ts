import type { Db } from "./db";
import type { UpdateSettingsInput } from "../domain/account/schemas";
import { NotFoundError } from "../domain/errors";

export { updateSettingsSchema, type UpdateSettingsInput } from "../domain/account/schemas";

export type UserSettingsView = UpdateSettingsInput;

type SettingsRow = NonNullable<Awaited<ReturnType<typeof findUserWithSettings>>["settings"]>;

/** The user's profile fields and settings row, creating the row with its defaults on first read. */
export async function findUserWithSettings(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, timezone: true, dayStartHour: true, settings: true },
  });
  if (!user) throw new NotFoundError("User not found.");
  return { ...user, settings: user.settings ?? (await db.userSettings.create({ data: { userId } })) };
}

/** The scheduling and quiz preferences of a settings row, in the order every view lists them. */
export function schedulingSettingsOf(settings: SettingsRow) {
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
  };
}

/** The user's settings and day boundary, with defaults created on first read. */
export async function getSettings(db: Db, userId: string): Promise<UserSettingsView> {
  const user = await findUserWithSettings(db, userId);
  return { ...schedulingSettingsOf(user.settings), timezone: user.timezone, dayStartHour: user.dayStartHour };
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
