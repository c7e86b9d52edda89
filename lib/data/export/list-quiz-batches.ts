import type { Db } from "../db";
import { keysetBatches } from "./keyset-batches";
import { questionColumns, quizSelect } from "../quiz/quiz-rows";

export const quizExportSelect = {
  ...quizSelect,
  questions: { orderBy: { position: "asc" }, select: questionColumns },
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
