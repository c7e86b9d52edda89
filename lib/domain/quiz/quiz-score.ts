/** What scoring needs of one question. */
export interface ScoredQuestion {
  topic: string;
  isCorrect: boolean | null;
  verdict: string | null;
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Open answers typed in a mock quiz and not yet graded against their key points. */
  toGrade: number;
  /** Wrong or timed out: what "retry the ones I missed" asks again. */
  missed: number;
  /** In the order topics first appear among the questions. */
  perTopic: TopicScore[];
}

/**
 * A quiz's score, overall and per topic. Every question counts in the total, so a timed-out or
 * unanswered question lowers the score; an open answer still to be self-graded counts as not
 * (yet) correct and is reported as such, never silently dropped from the total.
 */
export function quizScore(questions: readonly ScoredQuestion[]): QuizScore {
  const perTopic = new Map<string, TopicScore>();
  for (const question of questions) {
    const entry = perTopic.get(question.topic) ?? { topic: question.topic, correct: 0, total: 0 };
    entry.total += 1;
    if (question.isCorrect) entry.correct += 1;
    perTopic.set(question.topic, entry);
  }
  return {
    correct: questions.filter((question) => question.isCorrect).length,
    total: questions.length,
    toGrade: questions.filter((question) => question.verdict === "pending").length,
    missed: questions.filter((question) => question.isCorrect === false).length,
    perTopic: [...perTopic.values()],
  };
}
