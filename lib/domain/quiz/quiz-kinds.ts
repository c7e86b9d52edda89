/**
 * How a card is asked in a quiz. A cloze card is asked as typed recall; the others are the quiz
 * item kinds the content generates. Basic and reverse flashcards are never quiz questions.
 */
export const QUIZ_QUESTION_KINDS = ["mcq", "true-false", "which-family", "metric", "cloze", "open", "compare"] as const;
export type QuizQuestionKind = (typeof QUIZ_QUESTION_KINDS)[number];

/** Picking one answer out of a few is recognition, not recall: it never moves the concept's flashcards. */
export const RECOGNITION_KINDS: ReadonlySet<QuizQuestionKind> = new Set(["mcq", "true-false", "which-family"]);

/** Answered in the learner's words, then self-graded against the key points. */
export const SELF_GRADED_KINDS: ReadonlySet<QuizQuestionKind> = new Set(["open", "compare"]);
