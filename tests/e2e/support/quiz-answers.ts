import type { ItemPayload } from "@/lib/domain/content/item-types";
import type { QuizQuestionKind } from "@/lib/domain/quiz/quiz-kinds";
import { questionSolution, type QuestionSolution } from "@/lib/domain/quiz/quiz-question";
import { queryE2eDatabase } from "./database";

export interface QuestionSecret {
  kind: QuizQuestionKind;
  payload: ItemPayload;
  solution: QuestionSolution;
}

/**
 * The answer to a quiz question, read from the e2e database the way the server reads it, so a
 * journey can answer right or wrong on purpose. Tests only: the page never has this.
 */
export async function questionSecret(questionId: string): Promise<QuestionSecret> {
  const [row] = await queryE2eDatabase<{ kind: QuizQuestionKind; cardId: string; appearance: number; payload: string }>(
    'SELECT q."kind", q."cardId", q."appearance", c."payload" FROM "QuizQuestion" q JOIN "Card" c ON c."id" = q."cardId" WHERE q."id" = ?',
    questionId,
  );
  if (!row) throw new Error(`no quiz question ${questionId}`);
  const payload = JSON.parse(row.payload) as ItemPayload;
  return { kind: row.kind, payload, solution: questionSolution({ kind: row.kind, cardId: row.cardId, payload, appearance: row.appearance }) };
}

/** The API body of a right (or deliberately wrong) answer; open and compare get typed text. */
export function answerBody(secret: QuestionSecret, isRight: boolean): Record<string, unknown> {
  const { payload, solution } = secret;
  switch (payload.kind) {
    case "mcq":
    case "which-family":
      return { optionIndex: isRight ? payload.correctIndex : (payload.correctIndex + 1) % payload.options.length };
    case "true-false":
      return { value: isRight ? payload.isTrue : !payload.isTrue };
    case "metric":
      return { text: isRight ? solution.correctAnswer : solution.correctAnswer === "undefined" ? "0.5" : "undefined" };
    case "cloze":
      return { text: isRight ? payload.answer : "zzzz-not-this" };
    default:
      return { text: "An answer typed in my own words." };
  }
}
