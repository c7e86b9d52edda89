import type { AccuracyFigure } from "./quiz-accuracy";
import type { DueDay } from "./due-forecast";
import type { ReviewCalendar } from "./review-calendar";
import type { RatingDay } from "./reviews-by-rating";
import type { RetentionFigure } from "./true-retention";
import type { TopicMastery } from "./topic-mastery";

// Everything the /mastery page shows, as plain serialisable values (dates as ISO strings or the
// learner's "YYYY-MM-DD" calendar dates), so the page is a pure rendering of this object.

export interface TopicPanel extends TopicMastery {
  title: string;
  /** Per concept mean retrievability, averaged over the topic's concepts, now and in 7 days without reviews; 0-1. */
  readinessNow: number;
  readinessInAWeek: number;
  quizAccuracy: AccuracyFigure;
  trueRetention: RetentionFigure;
}

export interface WeakConceptRow {
  conceptId: string;
  title: string;
  topic: string;
  topicTitle: string;
  retrievability: number;
  lapses: number;
}

export interface MasteryWeekPoint {
  /** The learner's date of the week's Monday. */
  startDate: string;
  /** ISO instant the mastery was measured at (the week's end, or now for the current week). */
  measuredAt: string;
}

export interface MasteryDashboard {
  /** ISO instant the figures were computed at. */
  generatedAt: string;
  /** The learner's calendar date of today's study day. */
  today: string;
  timezone: string;
  desiredRetention: number;
  /** No review or quiz answer ever: the page explains itself instead of drawing empty charts. */
  isNewLearner: boolean;
  /** All ten topics, in knowledge-base order. */
  topics: TopicPanel[];
  /** Readiness over every concept of the knowledge base, now and in 7 days; 0-1. */
  overallReadinessNow: number;
  overallReadinessInAWeek: number;
  weakConcepts: WeakConceptRow[];
  /** The next 30 study days, today first (today includes overdue cards). */
  dueForecast: DueDay[];
  /** The last 365 study days with the current and longest streak. */
  calendar: ReviewCalendar;
  /** The last 30 study days, oldest first. */
  reviewsByRating: RatingDay[];
  trueRetention: RetentionFigure;
  quizAccuracy: AccuracyFigure;
  weekly: { weeks: MasteryWeekPoint[]; topics: { topic: string; title: string; mastery: number[] }[] };
}
