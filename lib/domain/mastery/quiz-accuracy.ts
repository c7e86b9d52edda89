import { recentStudyDays } from "./study-day-grid";
import type { MasteryQuizAnswer } from "./mastery-inputs";
import { RECENT_DAYS } from "./reviews-by-rating";

export interface AccuracyFigure {
  /** Share of the answered questions answered right, 0-1; null when none were answered. */
  accuracy: number | null;
  answeredCount: number;
  correctCount: number;
}

export interface QuizAccuracy {
  overall: AccuracyFigure;
  /** Topics with at least one answered question, sorted by topic id. */
  topics: (AccuracyFigure & { topic: string })[];
}

function figure(answeredCount: number, correctCount: number): AccuracyFigure {
  return { accuracy: answeredCount === 0 ? null : correctCount / answeredCount, answeredCount, correctCount };
}

/**
 * Quiz accuracy over the last `dayCount` study days, overall and per topic. Pending questions
 * (unanswered, or an open answer not yet self-graded) are left out rather than counted wrong: the
 * learner has not been told the verdict, so it is not one yet.
 */
export function quizAccuracy(answers: readonly MasteryQuizAnswer[], now: Date, timezone: string, dayStartHour: number, dayCount = RECENT_DAYS): QuizAccuracy {
  const grid = recentStudyDays(now, timezone, dayStartHour, dayCount);
  const byTopic = new Map<string, { answeredCount: number; correctCount: number }>();
  let answeredCount = 0;
  let correctCount = 0;
  for (const answer of answers) {
    if (answer.isCorrect === null || answer.answeredAt === null || grid.indexOf(answer.answeredAt) < 0) continue;
    const correct = answer.isCorrect ? 1 : 0;
    answeredCount += 1;
    correctCount += correct;
    const entry = byTopic.get(answer.topic) ?? { answeredCount: 0, correctCount: 0 };
    entry.answeredCount += 1;
    entry.correctCount += correct;
    byTopic.set(answer.topic, entry);
  }
  return {
    overall: figure(answeredCount, correctCount),
    topics: [...byTopic]
      .map(([topic, entry]) => ({ topic, ...figure(entry.answeredCount, entry.correctCount) }))
      .sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}
