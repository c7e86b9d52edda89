import type { Db } from "../db";
import { findUserWithSettings, schedulingSettingsOf } from "../settings";
import { storedWeightsOf } from "../../domain/scheduling/fsrs-weights";

/**
 * The user's own preferences for the export: every UserSettings field (the FSRS weights as an
 * array; a reschedule under way is not carried over) plus the profile fields a
 * new account should take over (name, timezone, day start). Email, password hash, OAuth links and
 * the content-materialisation marker stay out: they belong to the account, not to its data.
 */
export async function getExportSettings(db: Db, userId: string) {
  const user = await findUserWithSettings(db, userId);
  return {
    name: user.name,
    timezone: user.timezone,
    dayStartHour: user.dayStartHour,
    ...schedulingSettingsOf(user.settings),
    fsrsWeights: storedWeightsOf(user.settings.fsrsWeights) ?? null,
    fsrsWeightsFittedAt: user.settings.fsrsWeightsFittedAt,
    fsrsWeightsReviewCount: user.settings.fsrsWeightsReviewCount,
    updatedAt: user.settings.updatedAt,
  };
}
