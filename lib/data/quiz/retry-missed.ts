import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { ConflictError, InvalidInputError } from "../../domain/errors";
import { randomFrom, seedFrom, shuffled } from "../../domain/content/seeded-random";
import type { Topic } from "../../domain/content/schema";
import type { QuizQuestionKind } from "../../domain/quiz/quiz-kinds";
import { getLearnerContext } from "../review/learner-context";
import type { CreatedQuiz, QuizMode } from "./create-quiz";
import { storeQuiz } from "./create-quiz";
import { candidateOf } from "./quiz-candidates";
import { findQuizOrThrow, listQuestions } from "./quiz-rows";

/**
 * "Retry the ones I missed": a new quiz, in the same mode and time limit, of the questions of a
 * finished quiz that were wrong or timed out, in a new order (a computed metric gets new counts).
 */
export async function retryMissed(db: Db, userId: string, quizId: string, now: Date): Promise<CreatedQuiz> {
  const quiz = await findQuizOrThrow(db, userId, quizId);
  if (!quiz.finishedAt) throw new ConflictError("Finish this quiz before retrying what you missed.");
  const missed = (await listQuestions(db, quiz.id)).filter((question) => question.isCorrect === false);
  if (missed.length === 0) throw new InvalidInputError("Nothing to retry: no question of this quiz was missed.");
  const context = await getLearnerContext(db, userId);
  const newQuizId = randomUUID();
  const questions = shuffled(
    missed.map((question) => ({ ...candidateOf(question.cardId, question.kind as QuizQuestionKind, question.conceptId), topic: question.topic as Topic })),
    randomFrom(seedFrom(`retry:${newQuizId}`)),
  );
  return storeQuiz(db, userId, {
    quizId: newQuizId,
    mode: quiz.mode as QuizMode,
    topics: JSON.parse(quiz.topics) as string[],
    isWeakSpots: false,
    timeLimitMs: quiz.timeLimitMs,
    isFeedingScheduler: context.isQuizFeedingScheduler,
    retryOfQuizId: quiz.id,
    questions,
    now,
    hadNoHistory: false,
  });
}
