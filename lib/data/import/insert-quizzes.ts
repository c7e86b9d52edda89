import { randomUUID } from "node:crypto";
import type { Tx } from "../db";
import type { AccountExport } from "./account-export-schema";
import { chunks } from "./chunks";
import { findTakenIds } from "./taken-ids";

/**
 * Writes the exported quizzes and their questions. A quiz id already in use is replaced by a
 * fresh UUID (as createQuiz makes), and retryOfQuizId follows it; a question id in use gets a new
 * cuid. Every other field is stored as exported.
 */
export async function insertQuizzes(tx: Tx, userId: string, quizzes: AccountExport["quizzes"]): Promise<{ quizzes: number; questions: number }> {
  const taken = await findTakenIds(tx, "quiz", quizzes.map((quiz) => quiz.id));
  const newIds = new Map(quizzes.map((quiz) => [quiz.id, taken.has(quiz.id) ? randomUUID() : quiz.id]));
  let quizCount = 0;
  for (const chunk of chunks(quizzes)) {
    const data = chunk.map((quiz) => ({
      id: newIds.get(quiz.id)!,
      userId,
      mode: quiz.mode,
      topics: quiz.topics,
      isWeakSpots: quiz.isWeakSpots,
      timeLimitMs: quiz.timeLimitMs,
      isFeedingScheduler: quiz.isFeedingScheduler,
      retryOfQuizId: quiz.retryOfQuizId === null ? null : newIds.get(quiz.retryOfQuizId)!,
      questionCount: quiz.questionCount,
      createdAt: quiz.createdAt,
      finishedAt: quiz.finishedAt,
    }));
    quizCount += (await tx.quiz.createMany({ data })).count;
  }

  const questions = quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ ...question, quizId: newIds.get(quiz.id)! })));
  let questionCount = 0;
  for (const chunk of chunks(questions)) {
    const takenQuestions = await findTakenIds(tx, "quizQuestion", chunk.map((question) => question.id));
    const data = chunk.map(({ id, ...question }) => ({ ...question, ...(takenQuestions.has(id) ? {} : { id }) }));
    questionCount += (await tx.quizQuestion.createMany({ data })).count;
  }
  return { quizzes: quizCount, questions: questionCount };
}
