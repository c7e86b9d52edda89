import { streamAccountJson } from "@/lib/data/export/stream-account-json";
import { learnerDownload } from "@/lib/server/learner-download";

/** Everything the signed-in user has (settings, card states, review logs, quizzes) as one streamed JSON file. */
export async function GET() {
  return learnerDownload("accountJson", "application/json; charset=utf-8", (db, userId, now) => streamAccountJson(db, userId, { now }));
}
