import type { Db } from "../db";

export const HISTORY_PAGE_SIZE = 20;

export interface QuizHistoryEntry {
  quizId: string;
  createdAt: string;
  topics: string[];
  mode: string;
  isWeakSpots: boolean;
  isFinished: boolean;
  correct: number;
  total: number;
}

export interface QuizHistoryPage {
  entries: QuizHistoryEntry[];
  page: number;
  pageCount: number;
  totalCount: number;
}

type HistoryRow = { id: string; createdAt: Date | string | number; topics: string; mode: string; isWeakSpots: boolean | number; finishedAt: unknown; questionCount: number | bigint; correct: number | bigint | null };

/** The learner's quiz attempts, newest first, one page of HISTORY_PAGE_SIZE at a time (page 1 first). */
export async function listQuizHistory(db: Db, userId: string, page: number): Promise<QuizHistoryPage> {
  const totalCount = await db.quiz.count({ where: { userId } });
  const pageCount = Math.max(1, Math.ceil(totalCount / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const rows = await db.$queryRaw<HistoryRow[]>`
    SELECT q."id", q."createdAt", q."topics", q."mode", q."isWeakSpots", q."finishedAt", q."questionCount",
      (SELECT COUNT(*) FROM "QuizQuestion" qq WHERE qq."quizId" = q."id" AND qq."isCorrect" = TRUE) AS correct
    FROM "Quiz" q
    WHERE q."userId" = ${userId}
    ORDER BY q."createdAt" DESC, q."id" DESC
    LIMIT ${HISTORY_PAGE_SIZE} OFFSET ${(current - 1) * HISTORY_PAGE_SIZE}`;
  return {
    entries: rows.map((row) => ({
      quizId: row.id,
      createdAt: new Date(row.createdAt as string).toISOString(),
      topics: JSON.parse(row.topics) as string[],
      mode: row.mode,
      isWeakSpots: Boolean(row.isWeakSpots),
      isFinished: row.finishedAt !== null,
      correct: Number(row.correct ?? 0),
      total: Number(row.questionCount),
    })),
    page: current,
    pageCount,
    totalCount,
  };
}
