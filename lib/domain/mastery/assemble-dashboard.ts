import type { SchedulerSettings } from "../scheduling/scheduler";
import { studyDayAt } from "../scheduling/study-day";
import type { MasteryDashboard, TopicPanel } from "./dashboard";
import { dueForecast } from "./due-forecast";
import { interviewReadiness } from "./interview-readiness";
import type { MasteryCard, MasteryQuizAnswer } from "./mastery-inputs";
import { quizAccuracy, type AccuracyFigure } from "./quiz-accuracy";
import { reviewCalendar } from "./review-calendar";
import type { ReviewDayCount } from "./review-day-count";
import { reviewsByRating } from "./reviews-by-rating";
import { topicMastery } from "./topic-mastery";
import { trueRetention, type RetentionFigure } from "./true-retention";
import { weakConcepts } from "./weak-concepts";
import { weeklyMasterySeries, type TopicWeekSum } from "./weekly-mastery-snapshots";

export interface MasteryInputs {
  cards: readonly MasteryCard[];
  /** Live grades per study date over the whole history. */
  dayTotals: readonly Pick<ReviewDayCount, "date" | "count">[];
  /** Day rows of at least the last 30 study days. */
  recentDayCounts: readonly ReviewDayCount[];
  weekSnapshots: readonly TopicWeekSum[];
  masteryCapturedAt: Date | null;
  quizAnswers: readonly MasteryQuizAnswer[];
  settings: SchedulerSettings;
  timezone: string;
  dayStartHour: number;
  now: Date;
}

/** Display names, in knowledge-base order for topics. */
export interface MasteryNames {
  topics: readonly { id: string; title: string }[];
  conceptTitle(conceptId: string): string;
}

const NO_ACCURACY: AccuracyFigure = { accuracy: null, answeredCount: 0, correctCount: 0 };
const NO_RETENTION: RetentionFigure = { retention: null, reviewCount: 0, passedCount: 0 };

/** The whole dashboard from the learner's rows: every figure is one of the tested mastery functions. */
export function assembleDashboard(inputs: MasteryInputs, names: MasteryNames): MasteryDashboard {
  const { cards, settings, timezone, dayStartHour, now } = inputs;
  const mastery = new Map(topicMastery(cards, settings, now, timezone, dayStartHour).map((row) => [row.topic, row]));
  const readiness = new Map(interviewReadiness(cards, settings, now).map((row) => [row.topic, row]));
  const accuracy = quizAccuracy(inputs.quizAnswers, now, timezone, dayStartHour);
  const accuracyByTopic = new Map(accuracy.topics.map((row) => [row.topic, row]));
  const retention = trueRetention(inputs.recentDayCounts, now, timezone, dayStartHour);
  const retentionByTopic = new Map(retention.topics.map((row) => [row.topic, row]));
  const titleOf = new Map(names.topics.map((topic) => [topic.id, topic.title]));

  const topics: TopicPanel[] = names.topics.map(({ id, title }) => {
    const row = mastery.get(id);
    const ready = readiness.get(id);
    const quiz = accuracyByTopic.get(id);
    const kept = retentionByTopic.get(id);
    return {
      ...(row ?? { topic: id, conceptsSeen: 0, conceptsTotal: 0, cardCount: 0, mastery: 0, dueToday: 0, dueTomorrow: 0 }),
      title,
      readinessNow: ready?.readinessNow ?? 0,
      readinessInAWeek: ready?.readinessInAWeek ?? 0,
      quizAccuracy: quiz ? { accuracy: quiz.accuracy, answeredCount: quiz.answeredCount, correctCount: quiz.correctCount } : NO_ACCURACY,
      trueRetention: kept ? { retention: kept.retention, reviewCount: kept.reviewCount, passedCount: kept.passedCount } : NO_RETENTION,
    };
  });

  // Overall readiness weighs every concept equally, as each topic's does.
  const conceptTotal = topics.reduce((sum, topic) => sum + topic.conceptsTotal, 0);
  const overall = (pick: (topic: TopicPanel) => number) =>
    conceptTotal === 0 ? 0 : topics.reduce((sum, topic) => sum + pick(topic) * topic.conceptsTotal, 0) / conceptTotal;

  const weekly = weeklyMasterySeries(cards, inputs.weekSnapshots, inputs.masteryCapturedAt, settings, now, timezone, dayStartHour);
  const weeklyByTopic = new Map(weekly.topics.map((row) => [row.topic, row.mastery]));
  const calendar = reviewCalendar(inputs.dayTotals, now, timezone, dayStartHour);
  const hasSeenCard = topics.some((topic) => topic.conceptsSeen > 0);

  return {
    generatedAt: now.toISOString(),
    today: studyDayAt(now, timezone, dayStartHour).date,
    timezone,
    desiredRetention: settings.desiredRetention,
    isNewLearner: !hasSeenCard && inputs.dayTotals.length === 0 && accuracy.overall.answeredCount === 0,
    topics,
    overallReadinessNow: overall((topic) => topic.readinessNow),
    overallReadinessInAWeek: overall((topic) => topic.readinessInAWeek),
    weakConcepts: weakConcepts(cards, settings, now).map((row) => ({
      ...row,
      title: names.conceptTitle(row.conceptId),
      topicTitle: titleOf.get(row.topic) ?? row.topic,
    })),
    dueForecast: dueForecast(cards, now, timezone, dayStartHour),
    calendar,
    reviewsByRating: reviewsByRating(inputs.recentDayCounts, now, timezone, dayStartHour),
    trueRetention: retention.overall,
    quizAccuracy: accuracy.overall,
    weekly: {
      weeks: weekly.weeks.map((week) => ({ startDate: week.startDate, measuredAt: week.measuredAt.toISOString() })),
      topics: names.topics.map(({ id, title }) => ({ topic: id, title, mastery: weeklyByTopic.get(id) ?? weekly.weeks.map(() => 0) })),
    },
  };
}
