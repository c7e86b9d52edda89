import { getReviewSession } from "@/lib/data/review/get-review-session";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { topicFromUrl } from "@/lib/server/review-request";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";

export const dynamic = "force-dynamic";

/** The head of the signed-in user's review queue, with counts. */
export async function GET(request: Request) {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const session = await getReviewSession(appDb(), userId, { topic: topicFromUrl(request.url), now: new Date() });
    return jsonResponse({ session }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
