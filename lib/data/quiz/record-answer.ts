import { Prisma } from "../generated/prisma/client";
import type { RawQueryable } from "../direct-sql";
import { ConflictError } from "../../domain/errors";
import type { ReviewRating } from "../../domain/scheduling/scheduler";
import { applyGrade } from "../review/apply-grade";
import type { QuestionVerdict } from "../../domain/quiz/quiz-views";
import type { QuestionRow, QuizRow } from "./quiz-rows";


export interface AnswerToRecord {
  verdict: QuestionVerdict;
  isCorrect: boolean | null;
  /** The FSRS rating the answer gives its card; null while pending. */
  rating: ReviewRating | null;
  /** What the learner answered (for a self-grade: the typed text plus the key points ticked), for the results page. */
  response: unknown;
  /** The client's answer id for a final answer; it is also the review id of the card's log. */
  answerId: string | null;
  durationMs: number;
}

/**
 * Stores an answer on a question that has none (or a pending one) and, for a final answer in a
 * quiz that feeds the scheduler, grades the question's card through the review path (source
 * "quiz"). Runs in the caller's transaction; the conditional update makes a racing second answer
 * a conflict instead of a second grade.
 */
export async function recordAnswer(tx: RawQueryable, userId: string, quiz: QuizRow, question: QuestionRow, answer: AnswerToRecord, now: Date): Promise<void> {
  // Only an unanswered question (or, for a self-grade, a pending one) takes the answer. An open
  // answer is timed when it is typed; grading it against the key points later is not.
  const timing = question.response === null ? Prisma.sql`, "answeredAt" = ${now}, "durationMs" = ${answer.durationMs}` : Prisma.empty;
  const answerId = answer.answerId ? Prisma.sql`, "answerId" = ${answer.answerId}` : Prisma.empty;
  const isOpen = question.verdict === "pending" ? Prisma.sql`"verdict" = 'pending'` : Prisma.sql`"verdict" IS NULL`;
  const updated = await tx.$executeRaw`
    UPDATE "QuizQuestion" SET "verdict" = ${answer.verdict}, "isCorrect" = ${answer.isCorrect}, "rating" = ${answer.rating},
      "response" = ${JSON.stringify(answer.response)} ${timing} ${answerId}
    WHERE "id" = ${question.id} AND "quizId" = ${quiz.id} AND ${isOpen}`;
  if (updated !== 1) throw new ConflictError("This question was answered in another tab; the quiz has been reloaded.");

  if (answer.rating !== null && answer.answerId && quiz.isFeedingScheduler) {
    const [state] = await tx.$queryRaw<{ version: number | bigint; isSuspended: boolean | number | bigint }[]>`
      SELECT "version", "isSuspended" FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ${question.cardId}`;
    // A card suspended since the quiz was made keeps its state; the answer is still recorded.
    if (!state || !Number(state.isSuspended)) {
      await applyGrade(
        tx,
        userId,
        { cardId: question.cardId, reviewId: answer.answerId, rating: answer.rating, version: Number(state?.version ?? 0), durationMs: Math.min(answer.durationMs, 86_400_000) },
        now,
        "quiz",
      );
    }
  }
}

/** Marks the quiz finished once no question is left to answer (pending self-grades aside in mock mode). */
export async function finishIfDone(tx: RawQueryable, quiz: QuizRow, now: Date): Promise<boolean> {
  if (quiz.finishedAt) return true;
  const open = quiz.mode === "mock" ? Prisma.sql`"response" IS NULL` : Prisma.sql`("verdict" IS NULL OR "verdict" = 'pending')`;
  const [left] = await tx.$queryRaw<{ open: number | bigint }[]>`
    SELECT COUNT(*) AS "open" FROM "QuizQuestion" WHERE "quizId" = ${quiz.id} AND ${open}`;
  if (Number(left.open) > 0) return false;
  await tx.$executeRaw`UPDATE "Quiz" SET "finishedAt" = ${now} WHERE "id" = ${quiz.id} AND "finishedAt" IS NULL`;
  return true;
}
