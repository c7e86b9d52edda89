import { NextResponse } from "next/server";
import { getSettings, updateSettings, updateSettingsSchema } from "@/lib/data/settings";
import { apiError, errorResponse, issuesFrom, readJson, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { getSessionUserId } from "@/lib/server/session";

export const dynamic = "force-dynamic";

export async function GET() {
  const userId = await getSessionUserId();
  if (!userId) return unauthenticated();
  try {
    return NextResponse.json({ settings: await getSettings(appDb(), userId) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PUT(request: Request) {
  const userId = await getSessionUserId();
  if (!userId) return unauthenticated();
  try {
    const parsed = updateSettingsSchema.safeParse(await readJson(request));
    if (!parsed.success) {
      return apiError("invalid_input", "Some settings are out of range.", { issues: issuesFrom(parsed.error) });
    }
    return NextResponse.json({ settings: await updateSettings(appDb(), userId, parsed.data) });
  } catch (error) {
    return errorResponse(error);
  }
}
