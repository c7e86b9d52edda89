import { answerQuestion, answerQuestionSchema } from "@/lib/data/quiz/answer-question";
import { getQuizView } from "@/lib/data/quiz/get-quiz-view";
import { errorResponse, readJson, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { conceptNotes } from "@/lib/server/concept-notes";
import { parseBody } from "@/lib/server/review-request";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";
import { sameOriginOnly } from "@/lib/server/same-origin";

type Context = { params: Promise<{ quizId: string }> };

/**
 * Answers the current question: { questionId, answerId, optionIndex | value | text } (open and
 * compare: first { text }, then { coveredKeyPoints, rating }). The server grades it. In practice
 * mode the response carries the solution and the concept's explanation; in mock mode it carries
 * the next question instead, and the solutions wait for the end.
 */
export const POST = sameOriginOnly(async (request: Request, { params }: Context) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const { quizId } = await params;
    const input = parseBody(answerQuestionSchema, await readJson(request), "The answer is not valid.");
    const db = appDb();
    const now = new Date();
    const outcome = await answerQuestion(db, userId, quizId, input, now);
    const concept = outcome.solution ? (conceptNotes([outcome.conceptId])[outcome.conceptId] ?? null) : null;
    const view = outcome.solution ? null : await getQuizView(db, userId, quizId, now);
    return jsonResponse({ outcome, concept, view }, { status: outcome.isReplay ? 200 : 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
