import { retryMissed } from "@/lib/data/quiz/retry-missed";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

type Context = { params: Promise<{ quizId: string }> };

/** "Retry the ones I missed": a new quiz of this finished quiz's wrong and timed-out questions. */
export const POST = sameOriginOnly(async (request: Request, { params }: Context) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    return jsonResponse(await retryMissed(appDb(), userId, (await params).quizId, new Date()), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
