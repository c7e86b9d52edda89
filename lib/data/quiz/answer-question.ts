import { z } from "zod";
import type { Db } from "../db";
import { ConflictError, InvalidInputError, NotFoundError } from "../../domain/errors";
import { retryIfRaced } from "../write-races";
import { directTransaction } from "../direct-sql";
import { keyPointGrade } from "../../domain/quiz/key-point-grade";
import { SELF_GRADED_KINDS, type QuizQuestionKind } from "../../domain/quiz/quiz-kinds";
import { checkAnswer, MAX_ANSWER_CHARS, questionSolution } from "../../domain/quiz/quiz-question";
import type { AnswerOutcome, QuestionVerdict } from "../../domain/quiz/quiz-views";
import { quizRating } from "../../domain/quiz/quiz-rating";
import type { ReviewRating } from "../../domain/scheduling/scheduler";
import { gradeReviewSchema } from "../review/grade-result";
import { finishIfDone, recordAnswer, type AnswerToRecord } from "./record-answer";

export type { AnswerOutcome };
import { deadlineOf, findQuestion, findQuizOrThrow, sourceOf, type QuestionRow, type QuizRow } from "./quiz-rows";

// An answer arriving this long after a mock question's deadline is still on time: the request
// was on its way when the clock ran out.
const DEADLINE_GRACE_MS = 2000;

export const answerQuestionSchema = z.strictObject({
  questionId: z.string().min(1, "questionId is required.").max(100),
  // The same rules as a review id: it becomes the review id of the card's log.
  answerId: gradeReviewSchema.shape.reviewId,
  optionIndex: z.number({ error: "optionIndex must be a whole number." }).int("optionIndex must be a whole number.").optional(),
  value: z.boolean({ error: "value must be true or false." }).optional(),
  text: z.string({ error: "text must be a string." }).max(MAX_ANSWER_CHARS, `An answer is at most ${MAX_ANSWER_CHARS.toLocaleString("en-US")} characters.`).optional(),
  /** Open and compare questions, when grading a typed answer: indexes of the key points covered. */
  coveredKeyPoints: z.array(z.number().int().min(0)).max(20).optional(),
  rating: z.number().int().min(1, "Rating must be 1-4.").max(4, "Rating must be 1-4.").optional(),
});
export type AnswerQuestionInput = z.infer<typeof answerQuestionSchema>;

/**
 * Records the learner's answer to the question being asked, in one transaction: checks it on the
 * server, enforces a mock question's deadline, and grades the card through the review path.
 * A second answer to an answered question keeps the first (the stored outcome is returned, as a
 * replayed review grade is). Open and compare questions take two calls: the typed text (stored,
 * then the solution is shown), then the key points covered and the confirmed rating.
 */
export async function answerQuestion(db: Db, userId: string, quizId: string, input: AnswerQuestionInput, now: Date): Promise<AnswerOutcome> {
  // An answer that lost a race to the same question finds, run again, the winner's (a replay).
  return retryIfRaced(() => directTransaction(db, async (tx) => {
    const quiz = await findQuizOrThrow(tx, userId, quizId);
    const question = await findQuestion(tx, quiz.id, input.questionId);
    if (!question) throw new NotFoundError("Question not found.");

    const isFinal = question.verdict !== null && question.verdict !== "pending";
    if (isFinal || (question.verdict === "pending" && input.rating === undefined && input.text !== undefined)) {
      return outcomeOf(quiz, question, true, quiz.finishedAt !== null);
    }
    if (quiz.finishedAt && question.verdict !== "pending") throw new ConflictError("This quiz is finished.");
    if (!question.shownAt) throw new ConflictError("This question has not been asked yet.");

    const answer = judge(quiz, question, input, now);
    await recordAnswer(tx, userId, quiz, question, answer, now);
    const isFinished = await finishIfDone(tx, quiz, now);
    const stored = (await findQuestion(tx, quiz.id, question.id))!;
    return outcomeOf({ ...quiz, finishedAt: isFinished ? now : quiz.finishedAt }, stored, false, isFinished);
  }));
}

function judge(quiz: QuizRow, question: QuestionRow, input: AnswerQuestionInput, now: Date): AnswerToRecord {
  const kind = question.kind as QuizQuestionKind;
  const source = sourceOf(question);
  const answeredInMs = Math.max(0, now.getTime() - question.shownAt!.getTime());
  const deadline = deadlineOf(quiz, question);
  const isLate = deadline !== null && now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS && question.verdict !== "pending";
  const response = { optionIndex: input.optionIndex, value: input.value, text: input.text };

  if (SELF_GRADED_KINDS.has(kind)) {
    if (question.verdict === "pending") return selfGraded(source, question, input);
    if (typeof input.text !== "string" || input.text.trim() === "") {
      throw new InvalidInputError("Type your answer first.", [{ path: "text", message: "Type your answer first." }]);
    }
    if (isLate) return { verdict: "timeout", isCorrect: false, rating: 1, response: { text: input.text }, answerId: input.answerId, durationMs: answeredInMs };
    return { verdict: "pending", isCorrect: null, rating: null, response: { text: input.text }, answerId: null, durationMs: answeredInMs };
  }
  // Checked before the deadline so that malformed input is refused (and nothing written) even late.
  const checked = checkAnswer(source, response);
  if (isLate) return { verdict: "timeout", isCorrect: false, rating: 1, response, answerId: input.answerId, durationMs: answeredInMs };
  const rating = quizRating({ kind: "checked", verdict: checked.verdict, answeredInMs, timeLimitMs: quiz.timeLimitMs });
  return { verdict: checked.verdict, isCorrect: checked.verdict !== "wrong", rating, response: { ...response, matched: checked.matched }, answerId: input.answerId, durationMs: answeredInMs };
}

function selfGraded(source: ReturnType<typeof sourceOf>, question: QuestionRow, input: AnswerQuestionInput): AnswerToRecord {
  const keyPoints = questionSolution(source).keyPoints;
  const covered = [...new Set(input.coveredKeyPoints ?? [])];
  if (covered.some((index) => index >= keyPoints.length)) {
    throw new InvalidInputError(`This question has ${keyPoints.length} key points.`, [{ path: "coveredKeyPoints", message: `This question has ${keyPoints.length} key points.` }]);
  }
  if (input.rating === undefined) throw new InvalidInputError("Confirm a grade: Again, Hard, Good or Easy.", [{ path: "rating", message: "Confirm a grade." }]);
  const rating = quizRating({ kind: "self-graded", confirmedRating: input.rating }) as ReviewRating;
  // The suggestion is recorded beside the confirmed grade, so a review of self-grading is possible.
  const suggested = keyPoints.length > 0 ? keyPointGrade(covered.length, keyPoints.length) : null;
  const typed = JSON.parse(question.response ?? "{}") as { text?: string };
  return { verdict: "self-graded", isCorrect: rating > 1, rating, response: { text: typed.text, coveredKeyPoints: covered, suggested }, answerId: input.answerId, durationMs: 0 };
}

function outcomeOf(quiz: QuizRow, question: QuestionRow, isReplay: boolean, isFinished: boolean): AnswerOutcome {
  const showSolution = quiz.mode === "practice" || isFinished;
  const response = question.response ? (JSON.parse(question.response) as { matched?: string }) : {};
  return {
    questionId: question.id,
    conceptId: question.conceptId,
    verdict: (question.verdict ?? "pending") as QuestionVerdict,
    isCorrect: question.isCorrect,
    rating: question.rating,
    matched: response.matched ?? null,
    solution: showSolution ? questionSolution(sourceOf(question)) : null,
    isFinished,
    isReplay,
  };
}
