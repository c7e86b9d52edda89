import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/data/db";
import { applyGrade } from "@/lib/data/review/apply-grade";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { getLearnerContext } from "@/lib/data/review/learner-context";
import { listMasteryCards } from "@/lib/data/mastery/list-mastery-cards";
import { loadMasteryDashboard } from "@/lib/data/mastery/load-mastery-dashboard";
import { masteryLogsOf } from "@/lib/data/mastery/mastery-log-rows";
import { rebuildMasteryAggregates } from "@/lib/data/mastery/rebuild-mastery-aggregates";
import { backfillMasteryAggregates } from "@/lib/data/mastery/backfill-mastery";
import { TOPICS } from "@/lib/domain/content/schema";
import { countReviewDays, type ReviewDayCount } from "@/lib/domain/mastery/review-day-count";
import { reviewCalendar } from "@/lib/domain/mastery/review-calendar";
import { reviewsByRating } from "@/lib/domain/mastery/reviews-by-rating";
import { trueRetention } from "@/lib/domain/mastery/true-retention";
import { weeklyTopicMastery } from "@/lib/domain/mastery/weekly-topic-mastery";
import type { ReviewRating } from "@/lib/domain/scheduling/scheduler";
import { createTestDb } from "../../support/test-db";
import { createLearner, reviewId, seedSmallKnowledgeBase } from "../../support/review-fixtures";

const ZONE = "America/Los_Angeles";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = new Date("2026-10-05T17:00:00Z"); // Monday 10:00 in Los Angeles
const NAMES = { topics: TOPICS.map((id) => ({ id, title: id })), conceptTitle: (id: string) => id };

async function grade(db: Db, userId: string, cardId: string, rating: ReviewRating, now: Date, source: "review" | "quiz" = "review") {
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { version: true, isSuspended: true } });
  if (state?.isSuspended) return;
  await db.$transaction((tx) => applyGrade(tx, userId, { cardId, reviewId: reviewId(), rating, version: state?.version ?? 0, durationMs: 1000 }, now, source));
}

async function allLogs(db: Db, userId: string) {
  const rows = await db.reviewLog.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }] });
  return masteryLogsOf(rows);
}

async function storedDayCounts(db: Db, userId: string): Promise<ReviewDayCount[]> {
  const rows = await db.reviewDayCount.findMany({ where: { userId, count: { gt: 0 } } });
  return rows.map((row) => ({ date: row.studyDate, topic: row.topic, rating: row.rating, isRetentionReview: row.isRetentionReview, count: row.count }));
}

const sortCounts = (counts: ReviewDayCount[]) =>
  [...counts].sort((a, b) => `${a.date}${a.topic}${a.rating}${a.isRetentionReview}`.localeCompare(`${b.date}${b.topic}${b.rating}${b.isRetentionReview}`));

/**
 * Five weeks of a learner's life: daily reviews (one at 03:30 local, which belongs to the day
 * before), quiz grades, undo on the same day, and undo of a review from a week whose snapshot a
 * quiz grade had already taken.
 */
async function liveFiveWeeks(db: Db, userId: string, cardIds: string[]): Promise<Date> {
  let now = START;
  const ratings: ReviewRating[] = [3, 3, 1, 4, 2, 3, 3, 1];
  for (let day = 0; day < 35; day++) {
    if (day % 6 === 5) continue; // a day off now and then breaks the streak
    const dayStart = new Date(START.getTime() + day * DAY);
    for (let index = 0; index < 6; index++) {
      now = new Date(dayStart.getTime() + index * 10 * 60_000);
      await grade(db, userId, cardIds[(day * 5 + index) % cardIds.length], ratings[(day + index) % ratings.length], now);
    }
    if (day % 4 === 0) await undoLastReview(db, userId, new Date(now.getTime() + 60_000));
    if (day % 3 === 0) await grade(db, userId, cardIds[(day + 7) % cardIds.length], 3, new Date(now.getTime() + 5 * 60_000), "quiz");
    if (day === 9) await grade(db, userId, cardIds[2], 3, new Date(dayStart.getTime() + 17.5 * HOUR)); // 03:30 next morning, local
  }
  // Sunday evening of the fifth week: a review; Monday a quiz grade snapshots that week; then undo.
  const sunday = new Date(START.getTime() + 34 * DAY + 10 * HOUR);
  await grade(db, userId, cardIds[0], 4, sunday);
  const monday = new Date(START.getTime() + 35 * DAY + 2 * HOUR);
  await grade(db, userId, cardIds[5], 3, monday, "quiz");
  await undoLastReview(db, userId, new Date(monday.getTime() + 60_000));
  return new Date(monday.getTime() + 2 * HOUR);
}

describe("mastery aggregates", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  let userId: string;
  let cardIds: string[];
  let end: Date;
  beforeAll(async () => {
    await seedSmallKnowledgeBase(db);
    userId = await createLearner(db, { timezone: ZONE });
    cardIds = (await db.card.findMany({ where: { kind: { in: ["basic", "reverse", "cloze"] } }, orderBy: { id: "asc" }, select: { id: true } })).map((card) => card.id);
    end = await liveFiveWeeks(db, userId, cardIds);
  }, 60_000);
  afterAll(() => testDb.close());

  it("keep the day counts equal to counting the live logs, through grades, quiz grades and undo", async () => {
    const logs = await allLogs(db, userId);
    expect(logs.some((log) => log.deletedAt !== null)).toBe(true);
    expect(sortCounts(await storedDayCounts(db, userId))).toEqual(sortCounts(countReviewDays(logs, ZONE, 4)));
  });

  it("store each log's study date in the learner's day: 03:30 local is the day before", async () => {
    const early = await db.reviewLog.findFirstOrThrow({ where: { userId, reviewedAt: new Date(START.getTime() + 9 * DAY + 17.5 * HOUR) } });
    expect(early.studyDate).toBe("2026-10-14");
    expect(early.topic).not.toBe("");
  });

  it("keep the weekly mastery equal to replaying the logs, including undo of a snapshotted week", async () => {
    const snapshots = await db.topicWeekMastery.count({ where: { userId } });
    expect(snapshots).toBeGreaterThan(0);
    const context = await getLearnerContext(db, userId);
    const cards = await listMasteryCards(db, userId, false);
    const replay = weeklyTopicMastery(cards, await allLogs(db, userId), context.scheduler, end, ZONE, 4);
    const dashboard = await loadMasteryDashboard(db, userId, end, NAMES);
    for (const { topic, mastery } of replay.topics) {
      const shown = dashboard.weekly.topics.find((row) => row.topic === topic)!.mastery;
      mastery.forEach((value, week) => expect(shown[week]).toBeCloseTo(value, 9));
    }
    expect(replay.topics.some(({ mastery }) => mastery.some((value) => value > 0))).toBe(true);
  });

  it("give the dashboard the same review charts as the logs would", async () => {
    const counts = countReviewDays(await allLogs(db, userId), ZONE, 4);
    const dashboard = await loadMasteryDashboard(db, userId, end, NAMES);
    expect(dashboard.calendar).toEqual(reviewCalendar(counts, end, ZONE, 4));
    expect(dashboard.calendar.longestStreak).toBe(6); // days 30-34 and the Monday of the quiz grade
    expect(dashboard.reviewsByRating).toEqual(reviewsByRating(counts, end, ZONE, 4));
    expect(dashboard.trueRetention).toEqual(trueRetention(counts, end, ZONE, 4).overall);
  });

  it("rebuild from the logs to exactly what the grades maintained", async () => {
    const maintainedCounts = sortCounts(await storedDayCounts(db, userId));
    const maintained = (await loadMasteryDashboard(db, userId, end, NAMES)).weekly;
    await db.$transaction((tx) => rebuildMasteryAggregates(tx, userId, context0, logs0, end), { timeout: 30_000 });
    expect(sortCounts(await storedDayCounts(db, userId))).toEqual(maintainedCounts);
    const rebuilt = (await loadMasteryDashboard(db, userId, end, NAMES)).weekly;
    rebuilt.topics.forEach((row, index) => row.mastery.forEach((value, week) => expect(value).toBeCloseTo(maintained.topics[index].mastery[week], 9)));
  });
  it("are backfilled at start for history written before them (no study dates, no aggregates)", async () => {
    const maintainedCounts = sortCounts(await storedDayCounts(db, userId));
    const maintained = (await loadMasteryDashboard(db, userId, end, NAMES)).weekly;
    await db.reviewLog.updateMany({ where: { userId }, data: { studyDate: "" } });
    await db.reviewDayCount.deleteMany({ where: { userId } });
    await db.topicWeekMastery.deleteMany({ where: { userId } });
    await db.user.update({ where: { id: userId }, data: { masteryCapturedAt: null } });

    expect(await backfillMasteryAggregates(db, end)).toBe(1);
    expect(sortCounts(await storedDayCounts(db, userId))).toEqual(maintainedCounts);
    const rebuilt = (await loadMasteryDashboard(db, userId, end, NAMES)).weekly;
    rebuilt.topics.forEach((row, index) => row.mastery.forEach((value, week) => expect(value).toBeCloseTo(maintained.topics[index].mastery[week], 9)));
    expect(await backfillMasteryAggregates(db, end)).toBe(0);
  });

  let context0: Awaited<ReturnType<typeof getLearnerContext>>;
  let logs0: Awaited<ReturnType<typeof allLogs>>;
  beforeAll(async () => {
    context0 = await getLearnerContext(db, userId);
    logs0 = await allLogs(db, userId);
  });
});
