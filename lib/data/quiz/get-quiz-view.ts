import type { Db } from "../db";
import { directTransaction, type RawQueryable } from "../direct-sql";
import { askedQuestion, questionSolution } from "../../domain/quiz/quiz-question";
import type { AskedQuestionView, QuizView } from "../../domain/quiz/quiz-views";
import type { QuizQuestionKind } from "../../domain/quiz/quiz-kinds";
import { finishIfDone, recordAnswer } from "./record-answer";
import { deadlineOf, findQuizOrThrow, listQuestions, quizHeader, sourceOf, type QuestionRow, type QuizRow } from "./quiz-rows";

export type { AskedQuestionView, QuizView };

/**
 * Where the learner is in a quiz, as the page shows it. Resuming is this view: the current
 * question is the first one not answered. The first time a question is shown its clock starts,
 * and in mock mode a question whose time ran out (the tab was closed, the page reloaded late) is
 * recorded as timed out here, so the clock never resets. Never includes an unanswered question's
 * answer.
 */
export async function getQuizView(db: Db, userId: string, quizId: string, now: Date): Promise<QuizView> {
  return directTransaction(db, async (tx) => {
    const quiz = await findQuizOrThrow(tx, userId, quizId);
    const questions = await listQuestions(tx, quiz.id);
    const awaiting = quiz.mode === "practice" ? questions.find((question) => question.verdict === "pending") : undefined;
    let current: QuestionRow | undefined;
    if (!awaiting && !quiz.finishedAt) current = await currentQuestion(tx, userId, quiz, questions, now);
    const isFinished = await finishIfDone(tx, quiz, now);
    const answeredCount = questions.filter((question) => question.response !== null).length;
    return {
      ...quizHeader(quiz),
      answeredCount,
      isFinished,
      current: current ? askedView(quiz, current) : null,
      awaitingGrade: awaiting
        ? { question: askedView(quiz, awaiting), text: (JSON.parse(awaiting.response ?? "{}") as { text?: string }).text ?? "", solution: questionSolution(sourceOf(awaiting)) }
        : null,
    };
  });
}

async function currentQuestion(tx: RawQueryable, userId: string, quiz: QuizRow, questions: QuestionRow[], now: Date): Promise<QuestionRow | undefined> {
  for (const question of questions) {
    if (question.response !== null) continue;
    const deadline = deadlineOf(quiz, question);
    if (deadline && now > deadline) {
      const durationMs = quiz.timeLimitMs ?? 0;
      await recordAnswer(tx, userId, quiz, question, { verdict: "timeout", isCorrect: false, rating: 1, response: {}, answerId: `timeout-${question.id}`, durationMs }, now);
      question.response = "{}";
      continue;
    }
    if (!question.shownAt) {
      await tx.$executeRaw`UPDATE "QuizQuestion" SET "shownAt" = ${now} WHERE "id" = ${question.id} AND "shownAt" IS NULL`;
      question.shownAt = now;
    }
    return question;
  }
  return undefined;
}

export function askedView(quiz: Pick<QuizRow, "timeLimitMs">, question: QuestionRow): AskedQuestionView {
  const deadline = deadlineOf(quiz, question);
  return {
    questionId: question.id,
    number: question.position + 1,
    kind: question.kind as QuizQuestionKind,
    topic: question.topic,
    asked: askedQuestion(sourceOf(question)),
    deadlineAt: deadline?.toISOString() ?? null,
  };
}
