import type { Tx } from "../db";
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
export async function recordAnswer(tx: Tx, userId: string, quiz: QuizRow, question: QuestionRow, answer: AnswerToRecord, now: Date): Promise<void> {
  const expected = question.verdict === "pending" ? "pending" : null;
  const updated = await tx.quizQuestion.updateMany({
    where: { id: question.id, quizId: quiz.id, verdict: expected },
    data: {
      verdict: answer.verdict,
      isCorrect: answer.isCorrect,
      rating: answer.rating,
      response: JSON.stringify(answer.response),
      // An open answer is timed when it is typed; grading it against the key points later is not.
      ...(question.response === null ? { answeredAt: now, durationMs: answer.durationMs } : {}),
      ...(answer.answerId ? { answerId: answer.answerId } : {}),
    },
  });
  if (updated.count !== 1) throw new ConflictError("This question was answered in another tab; the quiz has been reloaded.");

  if (answer.rating !== null && answer.answerId && quiz.isFeedingScheduler) {
    const state = await tx.cardState.findUnique({
      where: { userId_cardId: { userId, cardId: question.cardId } },
      select: { version: true, isSuspended: true },
    });
    // A card suspended since the quiz was made keeps its state; the answer is still recorded.
    if (!state?.isSuspended) {
      await applyGrade(
        tx,
        userId,
        { cardId: question.cardId, reviewId: answer.answerId, rating: answer.rating, version: state?.version ?? 0, durationMs: Math.min(answer.durationMs, 86_400_000) },
        now,
        "quiz",
      );
    }
  }
}

/** Marks the quiz finished once no question is left to answer (pending self-grades aside in mock mode). */
export async function finishIfDone(tx: Tx, quiz: QuizRow, now: Date): Promise<boolean> {
  if (quiz.finishedAt) return true;
  const open = await tx.quizQuestion.count({
    where: { quizId: quiz.id, ...(quiz.mode === "mock" ? { response: null } : { OR: [{ verdict: null }, { verdict: "pending" }] }) },
  });
  if (open > 0) return false;
  await tx.quiz.updateMany({ where: { id: quiz.id, finishedAt: null }, data: { finishedAt: now } });
  return true;
}
