import type { Db } from "@/lib/data/db";
import { applyGrade, type ReviewSource } from "@/lib/data/review/apply-grade";
import type { ReviewRating } from "@/lib/domain/scheduling/scheduler";
import { randomFrom } from "@/lib/domain/content/seeded-random";
import { reviewId } from "./review-fixtures";

const DAY = 86_400_000;

export async function gradeCard(db: Db, userId: string, cardId: string, rating: ReviewRating, now: Date, source: ReviewSource = "review"): Promise<void> {
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { version: true } });
  await db.$transaction((tx) => applyGrade(tx, userId, { cardId, reviewId: reviewId(), rating, version: state?.version ?? 0, durationMs: 4000 }, now, source));
}

/**
 * A learner who studies every day from `start` for `days` days, through the real grading path:
 * each day they meet `newPerDay` new cards and grade every card due by the evening, learning
 * steps included (siblings buried and leeches suspended as the queue does). They remember a due card with probability `recall` (whatever the scheduler
 * expects), so their history carries a signal the optimizer can fit. Seeded: the same arguments
 * give the same history. Returns the instant after the last review.
 */
export async function studyDaily(
  db: Db,
  userId: string,
  cardIds: readonly string[],
  options: { start: Date; days: number; newPerDay: number; recall: number; seed: number },
): Promise<Date> {
  const random = randomFrom(options.seed);
  let introduced = 0;
  let now = options.start;
  for (let day = 0; day < options.days; day += 1) {
    const morning = new Date(options.start.getTime() + day * DAY);
    const evening = new Date(morning.getTime() + 10 * 3_600_000);
    now = morning;
    for (const cardId of cardIds.slice(introduced, introduced + options.newPerDay)) {
      await gradeCard(db, userId, cardId, random() < 0.7 ? 3 : 1, now);
      now = new Date(now.getTime() + 30_000);
    }
    introduced = Math.min(cardIds.length, introduced + options.newPerDay);
    for (;;) {
      const due = await db.cardState.findFirst({
        where: { userId, state: { not: 0 }, due: { lte: evening }, isSuspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: evening } }] },
        orderBy: { due: "asc" },
        select: { cardId: true, due: true, state: true },
      });
      if (!due) break;
      now = new Date(Math.max(now.getTime() + 30_000, due.due.getTime()));
      const remembered = random() < (due.state === 2 ? options.recall : 0.85);
      await gradeCard(db, userId, due.cardId, remembered ? (random() < 0.15 ? 4 : 3) : 1, now);
    }
  }
  return new Date(now.getTime() + 60_000);
}
