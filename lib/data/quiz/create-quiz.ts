import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db";
import { TOPICS } from "../../domain/content/schema";
import { seedFrom } from "../../domain/content/seeded-random";
import { assembleQuiz } from "../../domain/quiz/assemble-quiz";
import { InvalidInputError } from "../../domain/errors";
import { getLearnerContext } from "../review/learner-context";
import { listQuizCandidates, type TopicalCandidate } from "./quiz-candidates";
import { listWeakConcepts } from "./weak-spots";

export const QUIZ_MODES = ["practice", "mock"] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];
export const QUIZ_LENGTH = { min: 5, max: 50 } as const;
export const TIME_LIMIT_SECONDS = { min: 10, max: 600, default: 90 } as const;

const lengthMessage = `A quiz has ${QUIZ_LENGTH.min}-${QUIZ_LENGTH.max} questions.`;
const limitMessage = `The time limit is ${TIME_LIMIT_SECONDS.min}-${TIME_LIMIT_SECONDS.max} seconds per question.`;

export const createQuizSchema = z.strictObject({
  topics: z
    .array(z.enum(TOPICS, { error: "Unknown topic." }), { error: "Choose at least one topic." })
    .min(1, "Choose at least one topic.")
    .max(TOPICS.length)
    .refine((topics) => new Set(topics).size === topics.length, "A topic is listed twice."),
  length: z.number({ error: lengthMessage }).int(lengthMessage).min(QUIZ_LENGTH.min, lengthMessage).max(QUIZ_LENGTH.max, lengthMessage),
  mode: z.enum(QUIZ_MODES, { error: "Mode must be practice or mock." }),
  timeLimitSeconds: z.number({ error: limitMessage }).int(limitMessage).min(TIME_LIMIT_SECONDS.min, limitMessage).max(TIME_LIMIT_SECONDS.max, limitMessage).optional(),
  isWeakSpots: z.boolean().default(false),
}).refine((input) => input.mode === "mock" || input.timeLimitSeconds === undefined, {
  path: ["timeLimitSeconds"],
  message: "A practice quiz has no time limit.",
});
export type CreateQuizInput = z.output<typeof createQuizSchema>;

export interface CreatedQuiz {
  quizId: string;
  questionCount: number;
  /** Weak-spots mode was asked for but the learner has no history in these topics: a normal quiz was made. */
  hadNoHistory: boolean;
}

/**
 * Assembles a quiz for the learner and stores it with its questions in one transaction. The
 * questions' answers stay in the Card table; the page reads them only through the quiz views.
 */
export async function createQuiz(db: Db, userId: string, input: CreateQuizInput, now: Date): Promise<CreatedQuiz> {
  const context = await getLearnerContext(db, userId);
  const candidates = await listQuizCandidates(db, userId, input.topics);
  const focus = input.isWeakSpots ? await listWeakConcepts(db, userId, context, input.topics, input.length, now) : [];
  const quizId = randomUUID();
  const questions = assembleQuiz({ candidates, length: input.length, seed: quizId, focusConceptIds: focus }) as TopicalCandidate[];
  return storeQuiz(db, userId, {
    quizId,
    mode: input.mode,
    topics: input.topics,
    isWeakSpots: input.isWeakSpots,
    timeLimitMs: input.mode === "mock" ? (input.timeLimitSeconds ?? TIME_LIMIT_SECONDS.default) * 1000 : null,
    isFeedingScheduler: context.isQuizFeedingScheduler,
    retryOfQuizId: null,
    questions,
    now,
    hadNoHistory: input.isWeakSpots && focus.length === 0,
  });
}

export interface QuizToStore {
  quizId: string;
  mode: QuizMode;
  topics: readonly string[];
  isWeakSpots: boolean;
  timeLimitMs: number | null;
  isFeedingScheduler: boolean;
  retryOfQuizId: string | null;
  questions: readonly TopicalCandidate[];
  now: Date;
  hadNoHistory: boolean;
}

/** Writes a quiz and its questions in one transaction; also used by "retry the ones I missed". */
export async function storeQuiz(db: Db, userId: string, quiz: QuizToStore): Promise<CreatedQuiz> {
  if (quiz.questions.length === 0) throw new InvalidInputError("There are no questions to ask in these topics yet.");
  // A batch transaction (both statements in one round trip) rather than an interactive one: the
  // writes do not depend on each other, and this halves the cost of starting a quiz.
  await db.$transaction([
    db.quiz.create({
      data: {
        id: quiz.quizId,
        userId,
        mode: quiz.mode,
        topics: JSON.stringify(quiz.topics),
        isWeakSpots: quiz.isWeakSpots,
        timeLimitMs: quiz.timeLimitMs,
        isFeedingScheduler: quiz.isFeedingScheduler,
        retryOfQuizId: quiz.retryOfQuizId,
        questionCount: quiz.questions.length,
        createdAt: quiz.now,
      },
    }),
    db.quizQuestion.createMany({
      data: quiz.questions.map((question, position) => ({
        quizId: quiz.quizId,
        position,
        cardId: question.cardId,
        kind: question.kind,
        conceptId: question.conceptIds[0],
        topic: question.topic,
        // Fresh counts for a computed metric in every quiz, the same on every reload of this one.
        appearance: seedFrom(`${quiz.quizId}:${position}`) % 1_000_000,
      })),
    }),
  ]);
  return { quizId: quiz.quizId, questionCount: quiz.questions.length, hadNoHistory: quiz.hadNoHistory };
}
