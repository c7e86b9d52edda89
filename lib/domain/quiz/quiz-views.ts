import type { QuizQuestionKind } from "./quiz-kinds";
import type { AskedQuestion, QuestionSolution } from "./quiz-question";

// The shapes in which a quiz reaches the page, shared by the data layer that builds them and the
// client components that render them (which may not import the data layer).

/** A final verdict, or "pending" for an open answer typed but not yet self-graded. */
export type QuestionVerdict = "correct" | "typo" | "wrong" | "timeout" | "self-graded" | "pending";

/** What every view of a quiz says about the quiz itself. */
export interface QuizHeader {
  quizId: string;
  mode: string;
  topics: string[];
  isWeakSpots: boolean;
  timeLimitMs: number | null;
  questionCount: number;
  createdAt: string;
}

export interface AskedQuestionView {
  questionId: string;
  /** 1-based. */
  number: number;
  kind: QuizQuestionKind;
  topic: string;
  asked: AskedQuestion;
  /** Mock mode: when the server stops accepting an answer (ISO); the clock started when it was first shown. */
  deadlineAt: string | null;
}

export interface QuizView extends QuizHeader {
  answeredCount: number;
  isFinished: boolean;
  /** The question to answer now, or null when none is left. */
  current: AskedQuestionView | null;
  /**
   * Practice mode: an open or compare answer the learner typed and has yet to grade against the
   * key points; its solution is shown because the answer is in.
   */
  awaitingGrade: { question: AskedQuestionView; text: string; solution: QuestionSolution } | null;
}

export interface AnswerOutcome {
  questionId: string;
  conceptId: string;
  verdict: QuestionVerdict;
  isCorrect: boolean | null;
  rating: number | null;
  /** The accepted name a typed answer matched (shown as "accepted with a typo"). */
  matched: string | null;
  /** Practice mode, or once a mock quiz is over: the solution. Null during a mock quiz. */
  solution: QuestionSolution | null;
  isFinished: boolean;
  /** True when this question had already been answered: the first answer was kept, nothing written. */
  isReplay: boolean;
}

/** A concept's term and explanation, shown beside a solution with a link to the concept page. */
export interface ConceptNote {
  conceptId: string;
  term: string;
  explanation: string;
}
