"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { applyParameterFit, restoreDefaultParameters } from "@/lib/data/scheduling/parameter-fits";
import { NotFoundError } from "@/lib/domain/errors";
import { appDb } from "@/lib/server/app-db";
import { getSessionUserId } from "@/lib/server/session";

export type ParametersActionState = { ok: boolean; message: string; reschedule: boolean; at: number } | null;

const choiceSchema = z.object({
  fitId: z.string().min(1).max(64),
  reschedule: z.boolean(),
});

const SIGNED_OUT = "Your session has ended. Sign in again to change your parameters.";

/** Server actions are public endpoints: each checks the session itself and reads only ids. */
export async function applyFit(_previous: ParametersActionState, form: FormData): Promise<ParametersActionState> {
  const userId = await getSessionUserId();
  if (!userId) return { ok: false, message: SIGNED_OUT, reschedule: false, at: Date.now() };
  const parsed = choiceSchema.safeParse({ fitId: form.get("fitId"), reschedule: form.get("reschedule") === "on" });
  if (!parsed.success) return { ok: false, message: "Nothing was applied: that fit is not one of yours. Run the fit again.", reschedule: false, at: Date.now() };
  try {
    await applyParameterFit(appDb(), userId, parsed.data.fitId, { reschedule: parsed.data.reschedule }, new Date());
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, message: error.message, reschedule: false, at: Date.now() };
    throw error;
  }
  revalidatePath("/settings/scheduling");
  return { ok: true, message: "Your parameters are applied: every review from now on is scheduled with them.", reschedule: parsed.data.reschedule, at: Date.now() };
}

export async function restoreDefaults(_previous: ParametersActionState, form: FormData): Promise<ParametersActionState> {
  const userId = await getSessionUserId();
  if (!userId) return { ok: false, message: SIGNED_OUT, reschedule: false, at: Date.now() };
  const reschedule = form.get("reschedule") === "on";
  await restoreDefaultParameters(appDb(), userId, { reschedule }, new Date());
  revalidatePath("/settings/scheduling");
  return { ok: true, message: "The default FSRS-6 parameters are restored.", reschedule, at: Date.now() };
}
