import { streamAccountJson } from "@/lib/data/export/stream-account-json";
import { getUserProfile } from "@/lib/data/users";
import { exportFileName } from "@/lib/domain/export/export-file-name";
import { NotFoundError } from "@/lib/domain/errors";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { downloadResponse } from "@/lib/server/download-response";
import { getSessionUserId } from "@/lib/server/session";

/** Everything the signed-in user has (settings, card states, review logs, quizzes) as one streamed JSON file. */
export async function GET() {
  const userId = await getSessionUserId();
  if (!userId) return unauthenticated();
  try {
    const db = appDb();
    const profile = await getUserProfile(db, userId);
    if (!profile) throw new NotFoundError("User not found.");
    const now = new Date();
    return await downloadResponse(streamAccountJson(db, userId, { now }), {
      name: exportFileName("accountJson", now, profile.timezone),
      contentType: "application/json; charset=utf-8",
    });
  } catch (error) {
    return errorResponse(error);
  }
}
