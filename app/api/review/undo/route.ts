import { getReviewSession } from "@/lib/data/review/get-review-session";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { topicFromUrl } from "@/lib/server/review-request";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

/** Reverts the last grade and returns the session showing that same card again. */
export const POST = sameOriginOnly(async (request: Request) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const topic = topicFromUrl(request.url);
    const db = appDb();
    const undone = await undoLastReview(db, userId, new Date());
    const session = await getReviewSession(db, userId, { topic, now: new Date(), focusCardId: undone.cardId });
    return jsonResponse({ undone, session });
  } catch (error) {
    return errorResponse(error);
  }
});
