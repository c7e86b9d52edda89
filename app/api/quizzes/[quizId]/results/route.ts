import { getQuizResults } from "@/lib/data/quiz/get-quiz-results";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { conceptNotes } from "@/lib/server/concept-notes";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";

type Context = { params: Promise<{ quizId: string }> };

/** The report of a finished quiz (409 while it is still running), with each concept's explanation. */
export async function GET(request: Request, { params }: Context) {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const results = await getQuizResults(appDb(), userId, (await params).quizId);
    return jsonResponse({ results, concepts: conceptNotes(results.questions.map((question) => question.conceptId)) });
  } catch (error) {
    return errorResponse(error);
  }
}
