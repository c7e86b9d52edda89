"use server";

import { revalidatePath } from "next/cache";
import { getSettings, updateSettings, updateSettingsSchema } from "@/lib/data/settings";
import { appDb } from "@/lib/server/app-db";
import { getSessionUserId } from "@/lib/server/session";
import { retentionLabel } from "./format";

export type SetRetentionState = { ok: true; message: string } | { ok: false; message: string } | null;

const desiredRetentionSchema = updateSettingsSchema.shape.desiredRetention;

/**
 * Sets the learner's desired retention to the point they picked on the plan. Server actions are
 * public endpoints: this one checks the session itself, validates the value with the Settings
 * form's own rule (a number, 0.70-0.99) and saves through the same path, the other settings as stored.
 */
export async function setDesiredRetention(_previous: SetRetentionState, form: FormData): Promise<SetRetentionState> {
  const userId = await getSessionUserId();
  if (!userId) return { ok: false, message: "Your session has ended. Sign in again to change your desired retention." };

  const value = form.get("desiredRetention");
  const parsed = typeof value === "string" && value.trim() !== "" ? desiredRetentionSchema.safeParse(value) : null;
  if (!parsed?.success) {
    const reason = parsed?.error.issues[0]?.message ?? "Desired retention must be a number.";
    return { ok: false, message: `Nothing was changed. ${reason}` };
  }

  const db = appDb();
  const settings = updateSettingsSchema.safeParse({ ...(await getSettings(db, userId)), desiredRetention: parsed.data });
  if (!settings.success) return { ok: false, message: "Nothing was changed: another of your settings is invalid; correct it in Settings first." };
  await updateSettings(db, userId, settings.data);
  revalidatePath("/settings/plan");
  revalidatePath("/settings");
  return { ok: true, message: `Desired retention set to ${retentionLabel(settings.data.desiredRetention)}.` };
}
