import type { Db } from "../db";
import { ConflictError } from "../../domain/errors";
import type { QuizQuestionKind } from "../../domain/quiz/quiz-kinds";
import { askedQuestion, questionSolution, type AskedQuestion, type QuestionSolution } from "../../domain/quiz/quiz-question";
import { quizScore, type QuizScore } from "../../domain/quiz/quiz-score";
import type { QuizHeader } from "../../domain/quiz/quiz-views";
import { findQuizOrThrow, listQuestions, quizHeader, sourceOf } from "./quiz-rows";

export interface QuizResultQuestion {
  questionId: string;
  number: number;
  kind: QuizQuestionKind;
  topic: string;
  conceptId: string;
  asked: AskedQuestion;
  /** What the learner answered: an option, true/false, text, and for a self-grade the key points ticked. */
  response: { optionIndex?: number; value?: boolean; text?: string; coveredKeyPoints?: number[]; matched?: string } | null;
  verdict: string | null;
  isCorrect: boolean | null;
  rating: number | null;
  solution: QuestionSolution;
  durationMs: number | null;
}

export interface QuizResults extends QuizHeader {
  finishedAt: string;
  /** Time spent on the questions (first shown to answered), summed; pauses between questions excluded. */
  timeTakenMs: number;
  score: QuizScore;
  questions: QuizResultQuestion[];
}

/** The full report of a finished quiz: every question with the learner's answer and the solution. */
export async function getQuizResults(db: Db, userId: string, quizId: string): Promise<QuizResults> {
  const quiz = await findQuizOrThrow(db, userId, quizId);
  if (!quiz.finishedAt) throw new ConflictError("This quiz is not finished yet.");
  const rows = await listQuestions(db, quiz.id);
  const questions = rows.map((row): QuizResultQuestion => {
    const source = sourceOf(row);
    return {
      questionId: row.id,
      number: row.position + 1,
      kind: source.kind,
      topic: row.topic,
      conceptId: row.conceptId,
      asked: askedQuestion(source),
      response: row.response ? (JSON.parse(row.response) as QuizResultQuestion["response"]) : null,
      verdict: row.verdict,
      isCorrect: row.isCorrect,
      rating: row.rating,
      solution: questionSolution(source),
      durationMs: row.durationMs,
    };
  });
  return {
    ...quizHeader(quiz),
    finishedAt: quiz.finishedAt.toISOString(),
    timeTakenMs: rows.reduce((sum, row) => sum + (row.durationMs ?? 0), 0),
    score: quizScore(rows),
    questions,
  };
}
