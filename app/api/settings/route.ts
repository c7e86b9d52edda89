import { getSettings, updateSettings, updateSettingsSchema } from "@/lib/data/settings";
import { apiError, errorResponse, issuesFrom, readJson, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    return jsonResponse({ settings: await getSettings(appDb(), userId) });
  } catch (error) {
    return errorResponse(error);
  }
}

export const PUT = sameOriginOnly(async (request: Request) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const parsed = updateSettingsSchema.safeParse(await readJson(request));
    if (!parsed.success) {
      return apiError("invalid_input", "Some settings are out of range.", { issues: issuesFrom(parsed.error) });
    }
    return jsonResponse({ settings: await updateSettings(appDb(), userId, parsed.data) });
  } catch (error) {
    return errorResponse(error);
  }
});
