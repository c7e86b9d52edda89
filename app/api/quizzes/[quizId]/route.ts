import { getQuizView } from "@/lib/data/quiz/get-quiz-view";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";

type Context = { params: Promise<{ quizId: string }> };

/** Where the learner is in the quiz: the current question (never its answer), or none when done. */
export async function GET(request: Request, { params }: Context) {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    return jsonResponse(await getQuizView(appDb(), userId, (await params).quizId, new Date()));
  } catch (error) {
    return errorResponse(error);
  }
}
