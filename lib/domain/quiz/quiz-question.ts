import type { ItemPayload } from "../content/item-types";
import { metricAppearance } from "../content/metric-items";
import { InvalidInputError } from "../errors";
import { gradeChoiceAnswer, gradeTrueFalseAnswer } from "./choice-answer";
import { gradeMetricAnswer, parseMetricAnswer } from "./metric-answer";
import type { QuizQuestionKind } from "./quiz-kinds";
import { gradeTypedAnswer } from "./typed-answer";

// One quiz question seen three ways: what the learner is asked (never the answer), the solution
// shown once they have answered, and the server's check of their answer. All three read the card's
// stored payload; a computed metric also reads its appearance, which fixes the counts shown.

export const MAX_ANSWER_CHARS = 5000;

/** What the page may know before the learner answers: no answer, no correct option, no key points. */
export interface AskedQuestion {
  kind: QuizQuestionKind;
  prompt: string;
  /** Multiple choice and which-family only. */
  options?: string[];
}

export interface QuestionSolution {
  /** The correct answer, as the results page prints it. */
  correctAnswer: string;
  /** The full model answer: the worked metric, the compare answer, the open answer. */
  modelAnswer: string;
  /** Open and compare questions: what a good answer covers, for self-grading. */
  keyPoints: string[];
}

/** A learner's answer as the API accepts it; which field applies depends on the question's kind. */
export interface QuizResponse {
  optionIndex?: number;
  value?: boolean;
  text?: string;
}

export type CheckedVerdict = "correct" | "typo" | "wrong";

export interface QuestionSource {
  kind: QuizQuestionKind;
  cardId: string;
  payload: ItemPayload;
  appearance: number;
}

export function askedQuestion({ kind, cardId, payload, appearance }: QuestionSource): AskedQuestion {
  if (payload.kind === "metric") return { kind, prompt: metricAppearance(cardId, payload.metric, payload.framing, appearance).prompt };
  if (payload.kind === "mcq" || payload.kind === "which-family") return { kind, prompt: payload.prompt, options: [...payload.options] };
  return { kind, prompt: payload.prompt };
}

export function questionSolution({ cardId, payload, appearance }: QuestionSource): QuestionSolution {
  switch (payload.kind) {
    case "metric": {
      const shown = metricAppearance(cardId, payload.metric, payload.framing, appearance);
      const correct = shown.value === null ? "undefined" : String(Math.round(shown.value * 1000) / 1000);
      return { correctAnswer: correct, modelAnswer: shown.answer, keyPoints: [] };
    }
    case "mcq":
    case "which-family":
      return { correctAnswer: payload.options[payload.correctIndex], modelAnswer: payload.answer, keyPoints: [] };
    case "true-false":
      return { correctAnswer: payload.isTrue ? "True" : "False", modelAnswer: payload.answer, keyPoints: [] };
    case "open":
      return { correctAnswer: payload.answer, modelAnswer: payload.answer, keyPoints: [...payload.keyPoints] };
    case "compare":
      return {
        correctAnswer: payload.answer,
        modelAnswer: payload.answer,
        keyPoints: [...payload.differences, ...payload.terms.map((term) => `Says what ${term} is`)],
      };
    default:
      return { correctAnswer: payload.answer, modelAnswer: payload.answer, keyPoints: [] };
  }
}

const invalid = (path: string, message: string) => new InvalidInputError(message, [{ path, message }]);

function textOf(response: QuizResponse, what: string): string {
  if (typeof response.text !== "string") throw invalid("text", `Type ${what}.`);
  if (response.text.length > MAX_ANSWER_CHARS) throw invalid("text", `An answer is at most ${MAX_ANSWER_CHARS.toLocaleString("en-US")} characters.`);
  return response.text;
}

/**
 * The server's verdict on a checked answer (every kind but open and compare, which the learner
 * grades against key points).
 * @throws InvalidInputError when the response does not fit the question: no option or an option out
 * of range, no true/false value, no text, text over 5,000 characters, or text that is not a number
 * for a computed metric. Nothing is recorded for such a response.
 */
export function checkAnswer(source: QuestionSource, response: QuizResponse): { verdict: CheckedVerdict; matched?: string } {
  const { payload } = source;
  switch (payload.kind) {
    case "mcq":
    case "which-family":
      if (typeof response.optionIndex !== "number") throw invalid("optionIndex", "Choose one of the options.");
      return { verdict: gradeChoiceAnswer(response.optionIndex, payload) };
    case "true-false":
      if (typeof response.value !== "boolean") throw invalid("value", "Answer true or false.");
      return { verdict: gradeTrueFalseAnswer(response.value, payload) };
    case "metric": {
      const parsed = parseMetricAnswer(textOf(response, "a number, a fraction such as 3/4, or \"undefined\""));
      if (!parsed) throw invalid("text", 'Type a number (0.75), a fraction (3/4), a percentage (75%) or "undefined".');
      const shown = metricAppearance(source.cardId, payload.metric, payload.framing, source.appearance);
      return { verdict: gradeMetricAnswer(parsed, shown.value, payload.tolerance) };
    }
    case "cloze":
      return gradeTypedAnswer(textOf(response, "the missing word"), payload);
    default:
      throw invalid("kind", "This question is graded by the learner against its key points.");
  }
}
