import { Prisma } from "../generated/prisma/client";
import type { RawQueryable } from "../direct-sql";
import { booleanOf, booleanOrNull, dateOf, dateOrNull, numberOrNull, stringOrNull } from "../raw-values";
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

export interface QuizRow {
  id: string;
  mode: string;
  topics: string;
  isWeakSpots: boolean;
  timeLimitMs: number | null;
  isFeedingScheduler: boolean;
  retryOfQuizId: string | null;
  questionCount: number;
  createdAt: Date;
  finishedAt: Date | null;
}

/** A question with its card's payload, which only the server reads (answers stay here). */
export interface QuestionRow {
  id: string;
  position: number;
  cardId: string;
  kind: string;
  conceptId: string;
  topic: string;
  appearance: number;
  shownAt: Date | null;
  answerId: string | null;
  response: string | null;
  verdict: string | null;
  isCorrect: boolean | null;
  rating: number | null;
  answeredAt: Date | null;
  durationMs: number | null;
  card: { payload: string };
}

// The quiz answer and its next question read these on every call, so they are raw portable SQL:
// through the query builder each paid for compiling its query every time (a relation load of 50
// questions' payloads was two statements and a merge). Each column is normalised for the driver
// (raw-values.ts).
type RawRow = Record<string, unknown>;

function quizFromRaw(row: RawRow): QuizRow {
  return {
    id: String(row.id),
    mode: String(row.mode),
    topics: String(row.topics),
    isWeakSpots: booleanOf(row.isWeakSpots),
    timeLimitMs: numberOrNull(row.timeLimitMs),
    isFeedingScheduler: booleanOf(row.isFeedingScheduler),
    retryOfQuizId: stringOrNull(row.retryOfQuizId),
    questionCount: Number(row.questionCount),
    createdAt: dateOf(row.createdAt),
    finishedAt: dateOrNull(row.finishedAt),
  };
}

function questionFromRaw(row: RawRow): QuestionRow {
  return {
    id: String(row.id),
    position: Number(row.position),
    cardId: String(row.cardId),
    kind: String(row.kind),
    conceptId: String(row.conceptId),
    topic: String(row.topic),
    appearance: Number(row.appearance),
    shownAt: dateOrNull(row.shownAt),
    answerId: stringOrNull(row.answerId),
    response: stringOrNull(row.response),
    verdict: stringOrNull(row.verdict),
    isCorrect: booleanOrNull(row.isCorrect),
    rating: numberOrNull(row.rating),
    answeredAt: dateOrNull(row.answeredAt),
    durationMs: numberOrNull(row.durationMs),
    card: { payload: String(row.payload) },
  };
}

const QUESTION_COLUMNS_SQL = Prisma.raw(
  [...Object.keys(questionColumns).map((column) => `qq."${column}"`), `c."payload"`].join(", "),
);

export async function findQuizOrThrow(db: RawQueryable, userId: string, quizId: string): Promise<QuizRow> {
  const [row] = await db.$queryRaw<RawRow[]>`
    SELECT q."id", q."mode", q."topics", q."isWeakSpots", q."timeLimitMs", q."isFeedingScheduler", q."retryOfQuizId",
      q."questionCount", q."createdAt", q."finishedAt"
    FROM "Quiz" q WHERE q."id" = ${quizId} AND q."userId" = ${userId}`;
  if (!row) throw new NotFoundError("Quiz not found.");
  return quizFromRaw(row);
}

/** A quiz's questions in order, each with its card's payload. */
export async function listQuestions(db: RawQueryable, quizId: string): Promise<QuestionRow[]> {
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT ${QUESTION_COLUMNS_SQL} FROM "QuizQuestion" qq JOIN "Card" c ON c."id" = qq."cardId"
    WHERE qq."quizId" = ${quizId} ORDER BY qq."position"`;
  return rows.map(questionFromRaw);
}

/** One question of a quiz (null when the quiz has no such question). */
export async function findQuestion(db: RawQueryable, quizId: string, questionId: string): Promise<QuestionRow | null> {
  const [row] = await db.$queryRaw<RawRow[]>`
    SELECT ${QUESTION_COLUMNS_SQL} FROM "QuizQuestion" qq JOIN "Card" c ON c."id" = qq."cardId"
    WHERE qq."id" = ${questionId} AND qq."quizId" = ${quizId}`;
  return row ? questionFromRaw(row) : null;
}

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
