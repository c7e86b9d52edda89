import { applyCardAction, cardActionSchema } from "@/lib/data/review/card-actions";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { errorResponse, readJson, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { parseBody, topicFromUrl } from "@/lib/server/review-request";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

/** Suspend, unsuspend, bury or reset one of the signed-in user's cards; returns the next session. */
export const POST = sameOriginOnly(async (request: Request, context: { params: Promise<{ cardId: string }> }) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const { cardId } = await context.params;
    const topic = topicFromUrl(request.url);
    const input = parseBody(cardActionSchema, await readJson(request), "The card action is not valid.");
    const db = appDb();
    const outcome = await applyCardAction(db, userId, cardId, input, new Date());
    const session = await getReviewSession(db, userId, { topic, now: new Date() });
    return jsonResponse({ ...outcome, session });
  } catch (error) {
    return errorResponse(error);
  }
});
