import { gradeReviewSchema } from "@/lib/data/review/grade-review";
import { gradeAndFetchNext } from "@/lib/data/review/grade-and-fetch-next";
import { errorResponse, readJson, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { parseBody, topicFromUrl } from "@/lib/server/review-request";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

/**
 * Grades a card and returns the next one in the same round trip. The body names the card, the
 * client's review id, the rating, the state version it saw and the time spent; the server
 * computes the schedule.
 */
export const POST = sameOriginOnly(async (request: Request) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const topic = topicFromUrl(request.url);
    const input = parseBody(gradeReviewSchema, await readJson(request), "The grade is not valid.");
    const { result, session } = await gradeAndFetchNext(appDb(), userId, input, { topic, now: new Date() });
    return jsonResponse({ result, session }, { status: result.isReplay ? 200 : 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
