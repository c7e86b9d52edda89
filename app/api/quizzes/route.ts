import { createQuiz, createQuizSchema } from "@/lib/data/quiz/create-quiz";
import { listQuizHistory } from "@/lib/data/quiz/list-quiz-history";
import { errorResponse, readJson, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { pageFromUrl } from "@/lib/server/quiz-request";
import { parseBody } from "@/lib/server/review-request";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

/** Creates a quiz: { topics, length, mode, timeLimitSeconds?, isWeakSpots? }. The server picks the questions. */
export const POST = sameOriginOnly(async (request: Request) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const input = parseBody(createQuizSchema, await readJson(request), "The quiz settings are not valid.");
    return jsonResponse(await createQuiz(appDb(), userId, input, new Date()), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});

/** The learner's past attempts, newest first: ?page=1, 2, ... */
export async function GET(request: Request) {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    return jsonResponse(await listQuizHistory(appDb(), userId, pageFromUrl(request.url)));
  } catch (error) {
    return errorResponse(error);
  }
}
