import type { Db } from "../db";
import { keysetBatches } from "./keyset-batches";

export const quizExportSelect = {
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
  questions: {
    orderBy: { position: "asc" },
    select: {
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
    },
  },
} as const;

/** The user's quizzes, oldest first, each with its questions in order, one array per batch. */
export function listQuizBatches(db: Db, userId: string, batchSize: number) {
  return keysetBatches(
    (after: { createdAt: Date; id: string } | null, take) =>
      db.quiz.findMany({
        where: {
          userId,
          // (createdAt, id) after the cursor, as a range on the (userId, createdAt) index.
          ...(after ? { createdAt: { gte: after.createdAt }, NOT: { createdAt: after.createdAt, id: { lte: after.id } } } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take,
        select: quizExportSelect,
      }),
    batchSize,
  );
}
