"use server";

import { revalidatePath } from "next/cache";
import { updateSettings, updateSettingsSchema } from "@/lib/data/settings";
import { appDb } from "@/lib/server/app-db";
import { getSessionUserId } from "@/lib/server/session";

export type SaveSettingsState =
  | { ok: true; message: string; savedAt: number }
  | { ok: false; message: string; fieldErrors: Record<string, string> }
  | null;

/** Server actions are public endpoints: this one checks the session itself. */
export async function saveSettings(_previous: SaveSettingsState, form: FormData): Promise<SaveSettingsState> {
  const userId = await getSessionUserId();
  if (!userId) return { ok: false, message: "Your session has ended. Sign in again to save.", fieldErrors: {} };

  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const parsed = updateSettingsSchema.safeParse({
    desiredRetention: text("desiredRetention"),
    newCardsPerDay: text("newCardsPerDay"),
    reviewsPerDay: text("reviewsPerDay"),
    learningSteps: text("learningSteps"),
    relearningSteps: text("relearningSteps"),
    maximumIntervalDays: text("maximumIntervalDays"),
    isFuzzEnabled: form.get("isFuzzEnabled") === "on",
    leechThreshold: text("leechThreshold"),
    includeQuizOnlyKinds: form.get("includeQuizOnlyKinds") === "on",
    isQuizFeedingScheduler: form.get("isQuizFeedingScheduler") === "on",
    timezone: text("timezone"),
    dayStartHour: text("dayStartHour"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, message: "Nothing was saved: please correct the highlighted fields.", fieldErrors };
  }
  await updateSettings(appDb(), userId, parsed.data);
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved.", savedAt: Date.now() };
}
