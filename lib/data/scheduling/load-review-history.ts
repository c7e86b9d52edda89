import type { Db } from "../db";
import type { HistoryLog } from "../../domain/scheduling/personal/review-sequences";
import { studyDayAt } from "../../domain/scheduling/study-day";

/** Rows per query: the history of a heavy learner (100,000 grades) is read in 20 index seeks. */
const BATCH_SIZE = 5000;

export interface HistoryFilter {
  /** Only grades from the daily review (leave out quiz answers). */
  reviewsOnly: boolean;
}

/**
 * The learner's grades that count as history, undone ones excluded, ordered by card and then by
 * time, read page by page so the event loop serves other requests between pages. A grade's study
 * date is the one stored with it (their timezone and day start at the time); grades from before
 * that column existed get it from the learner's current timezone and day start.
 */
export async function loadReviewHistory(db: Db, userId: string, filter: HistoryFilter): Promise<HistoryLog[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timezone: true, dayStartHour: true } });
  if (!user) return [];
  const logs: HistoryLog[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page: Array<HistoryLog & { id: string }> = await db.reviewLog.findMany({
      where: { userId, deletedAt: null, ...(filter.reviewsOnly ? { source: "review" } : {}) },
      orderBy: [{ cardId: "asc" }, { reviewedAt: "asc" }, { id: "asc" }],
      select: { id: true, cardId: true, reviewedAt: true, rating: true, state: true, studyDate: true },
      take: BATCH_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of page) {
      logs.push({
        cardId: row.cardId,
        reviewedAt: row.reviewedAt,
        rating: row.rating,
        state: row.state,
        studyDate: row.studyDate || studyDayAt(row.reviewedAt, user.timezone, user.dayStartHour).date,
      });
    }
    if (page.length < BATCH_SIZE) return logs;
    cursor = page[page.length - 1].id;
  }
}
