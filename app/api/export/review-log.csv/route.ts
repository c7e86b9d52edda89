import { streamReviewLogCsv } from "@/lib/data/export/stream-review-log-csv";
import { learnerDownload } from "@/lib/server/learner-download";

/**
 * The signed-in user's review history as the FSRS optimizer's CSV
 * (card_id,review_time,review_rating,review_state,review_duration), streamed batch by batch.
 */
export async function GET() {
  return learnerDownload("reviewLogCsv", "text/csv; charset=utf-8", (db, userId) => streamReviewLogCsv(db, userId));
}
