import type { Db } from "../db";
import type { HistoryLog } from "../../domain/scheduling/personal/review-sequences";
import { studyDayAt } from "../../domain/scheduling/study-day";

/** Cards per query: about 1,500 grades for a heavy learner, and well under SQLite's parameter cap. */
const CARDS_PER_QUERY = 150;

export interface HistoryFilter {
  /** Only grades from the daily review (leave out quiz answers). */
  reviewsOnly: boolean;
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The learner's grades that count as history, undone ones excluded, ordered by card and then by
 * time. Read a few hundred cards at a time (an index seek on the user and card each), yielding
 * between reads: SQLite answers synchronously, so awaiting a query alone never lets a waiting
 * request in. A grade's study date is the one stored with it (their timezone and day start at
 * the time); grades from before that column existed get it from the current ones.
 */
export async function loadReviewHistory(db: Db, userId: string, filter: HistoryFilter): Promise<HistoryLog[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timezone: true, dayStartHour: true } });
  if (!user) return [];
  // Every graded card has a state row (grading creates it; a reset keeps it).
  const cardIds = (await db.cardState.findMany({ where: { userId }, orderBy: { cardId: "asc" }, select: { cardId: true } })).map((row) => row.cardId);
  const logs: HistoryLog[] = [];
  for (let start = 0; start < cardIds.length; start += CARDS_PER_QUERY) {
    await yieldToOtherRequests();
    const page = await db.reviewLog.findMany({
      where: { userId, cardId: { in: cardIds.slice(start, start + CARDS_PER_QUERY) }, deletedAt: null, ...(filter.reviewsOnly ? { source: "review" } : {}) },
      orderBy: [{ cardId: "asc" }, { reviewedAt: "asc" }, { id: "asc" }],
      select: { cardId: true, reviewedAt: true, rating: true, state: true, studyDate: true },
    });
    for (const row of page) {
      logs.push({ ...row, studyDate: row.studyDate || studyDayAt(row.reviewedAt, user.timezone, user.dayStartHour).date });
    }
  }
  return logs;
}
