// The quiz API's JSON as the browser sees it. The view shapes live in the pure domain, shared with
// the data layer that builds them; the request and response envelopes are the API's own.
import type { AnswerOutcome, AskedQuestionView, ConceptNote, QuizView } from "@/lib/domain/quiz/quiz-views";

export type { AskedQuestionView as QuestionView, QuizView as QuizState, AnswerOutcome, ConceptNote };

export interface AnswerResponse {
  outcome: AnswerOutcome;
  concept: ConceptNote | null;
  /** Mock mode: the quiz after this answer. */
  view: QuizView | null;
}

/** What the learner sends for one question; open and compare questions send text, then a grade. */
export type AnswerBody =
  | { optionIndex: number }
  | { value: boolean }
  | { text: string }
  | { coveredKeyPoints: number[]; rating: number };

export interface TopicTitle {
  id: string;
  title: string;
}
