import { omit } from "./omit";

/** The parts of an account export document the comparisons read. */
export interface ExportDocumentShape {
  exportedAt: string;
  reviewLogs: { id: string }[];
  quizzes: { id: string; retryOfQuizId: string | null; questions: { id: string }[] }[];
}

/**
 * An export without what an import on the same server may change: the export date and the row
 * ids that were taken (a quiz's retry link becomes the position of the quiz it retries).
 */
export function comparableExport(document: ExportDocumentShape) {
  const index = new Map(document.quizzes.map((quiz, position) => [quiz.id, position]));
  return {
    ...omit(document, "exportedAt", "reviewLogs", "quizzes"),
    reviewLogs: document.reviewLogs.map((log) => omit(log, "id")),
    quizzes: document.quizzes.map((quiz) => ({
      ...omit(quiz, "id", "retryOfQuizId", "questions"),
      retryOf: quiz.retryOfQuizId === null ? null : index.get(quiz.retryOfQuizId),
      questions: quiz.questions.map((question) => omit(question, "id")),
    })),
  };
}
