import { streamReviewLogCsv } from "@/lib/data/export/stream-review-log-csv";
import { getUserProfile } from "@/lib/data/users";
import { exportFileName } from "@/lib/domain/export/export-file-name";
import { NotFoundError } from "@/lib/domain/errors";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { downloadResponse } from "@/lib/server/download-response";
import { getSessionUserId } from "@/lib/server/session";

/**
 * The signed-in user's review history as the FSRS optimizer's CSV
 * (card_id,review_time,review_rating,review_state,review_duration), streamed batch by batch.
 */
export async function GET() {
  const userId = await getSessionUserId();
  if (!userId) return unauthenticated();
  try {
    const db = appDb();
    const profile = await getUserProfile(db, userId);
    if (!profile) throw new NotFoundError("User not found.");
    return await downloadResponse(streamReviewLogCsv(db, userId), {
      name: exportFileName("reviewLogCsv", new Date(), profile.timezone),
      contentType: "text/csv; charset=utf-8",
    });
  } catch (error) {
    return errorResponse(error);
  }
}
