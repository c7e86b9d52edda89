import type { Db } from "../db";
import type { MasteryDashboard } from "../../domain/mastery/dashboard";
import { assembleDashboard, type MasteryNames } from "../../domain/mastery/assemble-dashboard";
import { RECENT_DAYS } from "../../domain/mastery/reviews-by-rating";
import { addDays } from "../../domain/mastery/review-day-count";
import { recentStudyDays } from "../../domain/mastery/study-day-grid";
import { MASTERY_WEEKS, masteryWeeks } from "../../domain/mastery/weekly-topic-mastery";
import { studyDayAt } from "../../domain/scheduling/study-day";
import { getLearnerContext } from "../review/learner-context";
import { materializeCardStates } from "../review/materialize-card-states";
import { listMasteryCards } from "./list-mastery-cards";
import { listQuizAnswers } from "./list-quiz-answers";
import { listReviewDayCounts, listReviewDayTotals } from "./review-day-counts";
import { listWeekSnapshots } from "./topic-week-mastery";

/**
 * The /mastery page's data for one learner: the card states, the maintained day counts and week
 * snapshots, and the last 30 days of quiz answers; a handful of indexed queries, never the logs.
 */
export async function loadMasteryDashboard(db: Db, userId: string, now: Date, names: MasteryNames): Promise<MasteryDashboard> {
  const context = await getLearnerContext(db, userId);
  // A learner who never opened the review has no state rows yet; mastery counts every card.
  await materializeCardStates(db, userId, context.cardsMaterializedAt, now);
  const { timezone, dayStartHour } = context;
  const today = studyDayAt(now, timezone, dayStartHour).date;
  const firstWeek = masteryWeeks(now, timezone, dayStartHour, MASTERY_WEEKS)[0];

  const cards = await listMasteryCards(db, userId, context.includeQuizOnlyKinds);
  const dayTotals = await listReviewDayTotals(db, userId);
  const recentDayCounts = await listReviewDayCounts(db, userId, addDays(today, -(RECENT_DAYS - 1)));
  const weekSnapshots = await listWeekSnapshots(db, userId, firstWeek.measuredAt);
  const quizAnswers = await listQuizAnswers(db, userId, recentStudyDays(now, timezone, dayStartHour, RECENT_DAYS).startsAt);

  return assembleDashboard(
    { cards, dayTotals, recentDayCounts, weekSnapshots, masteryCapturedAt: context.masteryCapturedAt, quizAnswers, settings: context.scheduler, timezone, dayStartHour, now },
    names,
  );
}
