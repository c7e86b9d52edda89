import type { Queryable } from "../db";
import type { ItemPayload } from "../../domain/content/item-types";
import type { QuizQuestionKind } from "../../domain/quiz/quiz-kinds";
import type { QuestionSource } from "../../domain/quiz/quiz-question";
import { NotFoundError } from "../../domain/errors";
import type { QuizHeader } from "../../domain/quiz/quiz-views";

// Reading a learner's quiz and its questions. Every lookup is by id AND user id together, so
// another learner's quiz is simply not found.

export const quizSelect = {
  id: true,
  mode: true,
  topics: true,
  isWeakSpots: true,
  timeLimitMs: true,
  isFeedingScheduler: true,
  retryOfQuizId: true,
  questionCount: true,
  createdAt: true,
  finishedAt: true,
} as const;

/** Every column of a question a learner owns (its card's payload aside). */
export const questionColumns = {
  id: true,
  position: true,
  cardId: true,
  kind: true,
  conceptId: true,
  topic: true,
  appearance: true,
  shownAt: true,
  answerId: true,
  response: true,
  verdict: true,
  isCorrect: true,
  rating: true,
  answeredAt: true,
  durationMs: true,
} as const;

export const questionSelect = { ...questionColumns, card: { select: { payload: true } } } as const;

export async function findQuizOrThrow(db: Queryable, userId: string, quizId: string) {
  const quiz = await db.quiz.findFirst({ where: { id: quizId, userId }, select: quizSelect });
  if (!quiz) throw new NotFoundError("Quiz not found.");
  return quiz;
}

export type QuizRow = Awaited<ReturnType<typeof findQuizOrThrow>>;

export async function listQuestions(db: Queryable, quizId: string) {
  return db.quizQuestion.findMany({ where: { quizId }, orderBy: { position: "asc" }, select: questionSelect });
}

export type QuestionRow = Awaited<ReturnType<typeof listQuestions>>[number];

export function sourceOf(question: QuestionRow): QuestionSource {
  return {
    kind: question.kind as QuizQuestionKind,
    cardId: question.cardId,
    payload: JSON.parse(question.card.payload) as ItemPayload,
    appearance: question.appearance,
  };
}

/** The instant a mock question's time runs out, or null without a limit or before it is shown. */
export function deadlineOf(quiz: Pick<QuizRow, "timeLimitMs">, question: Pick<QuestionRow, "shownAt">): Date | null {
  if (quiz.timeLimitMs === null || !question.shownAt) return null;
  return new Date(question.shownAt.getTime() + quiz.timeLimitMs);
}

export function quizHeader(quiz: QuizRow): QuizHeader {
  return {
    quizId: quiz.id,
    mode: quiz.mode,
    topics: JSON.parse(quiz.topics) as string[],
    isWeakSpots: quiz.isWeakSpots,
    timeLimitMs: quiz.timeLimitMs,
    questionCount: quiz.questionCount,
    createdAt: quiz.createdAt.toISOString(),
  };
}
