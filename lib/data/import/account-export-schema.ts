import { z } from "zod";
import { FSRS_WEIGHT_COUNT } from "../../domain/scheduling/fsrs-weights";
import { updateSettingsSchema } from "../../domain/account/schemas";
import { InvalidInputError, type FieldIssue } from "../../domain/errors";
import { EXPORT_FORMAT, EXPORT_VERSION } from "../../domain/export/export-format";
import { QUIZ_QUESTION_KINDS } from "../../domain/quiz/quiz-kinds";
import { QUIZ_MODES } from "../quiz/create-quiz";
import { gradeReviewSchema } from "../review/grade-result";

// The shape of an account export (lib/data/export/stream-account-json.ts), checked field by field
// before anything is written. Objects are strict: a field we never write means the file came
// from somewhere else, and is refused rather than silently dropped.

// Int columns are 32-bit in PostgreSQL; nothing larger may reach the database.
const MAX_INT = 2_147_483_647;
const ID_PATTERN = /^[A-Za-z0-9_:.-]+$/;
// Bigger than any JSON-text column the app writes (an answer is at most 5,000 characters).
const MAX_JSON_TEXT = 100_000;

const id = z.string().min(1).max(200).regex(ID_PATTERN, "Ids may contain letters, digits, _ : . and - only.");
const reviewId = gradeReviewSchema.shape.reviewId;
const whole = z.number().int().min(-MAX_INT).max(MAX_INT);
const count = z.number().int().min(0).max(MAX_INT);
const memoryFloat = z.number().min(0);
const cardState = z.number().int().min(0, "State must be 0-3.").max(3, "State must be 0-3.");
const rating = z.number({ error: "Rating must be 1-4." }).int("Rating must be 1-4.").min(1, "Rating must be 1-4.").max(4, "Rating must be 1-4.");
const instant = z.iso
  .datetime({ offset: true, error: "Expected an ISO 8601 date and time." })
  .transform((text) => new Date(text));

/** A column holding JSON text: kept as the exact string, but it must parse and pass `isValid`. */
const jsonText = (isValid: (value: unknown) => boolean, message: string) =>
  z.string().max(MAX_JSON_TEXT).refine((text) => {
    try {
      return isValid(JSON.parse(text));
    } catch {
      return false;
    }
  }, message);
const stringArrayText = jsonText((value) => Array.isArray(value) && value.every((item) => typeof item === "string"), "Expected a JSON array of strings.");

const settingsSchema = z.strictObject({
  ...updateSettingsSchema.shape,
  name: z.string().trim().min(1, "Enter a name.").max(100, "Name must be at most 100 characters."),
  updatedAt: instant,
  // The learner's own FSRS weights, when they applied a fit (absent in files from before them).
  fsrsWeights: z.array(z.number().finite()).length(FSRS_WEIGHT_COUNT, `Expected ${FSRS_WEIGHT_COUNT} FSRS weights.`).nullable().optional(),
  fsrsWeightsFittedAt: instant.nullable().optional(),
  fsrsWeightsReviewCount: count.nullable().optional(),
});

const cardStateSchema = z.strictObject({
  cardId: id,
  due: instant,
  stability: memoryFloat,
  difficulty: memoryFloat,
  elapsedDays: whole,
  scheduledDays: whole,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: cardState,
  lastReview: instant.nullable(),
  newPosition: count,
  isSuspended: z.boolean(),
  isLeech: z.boolean(),
  buriedUntil: instant.nullable(),
  version: count,
  createdAt: instant,
  updatedAt: instant,
});

const reviewLogSchema = z.strictObject({
  id,
  cardId: id,
  reviewId,
  rating,
  state: cardState,
  due: instant,
  stability: memoryFloat,
  difficulty: memoryFloat,
  elapsedDays: whole,
  lastElapsedDays: whole,
  scheduledDays: whole,
  learningSteps: count,
  reviewedAt: instant,
  durationMs: gradeReviewSchema.shape.durationMs,
  source: z.enum(["review", "quiz"]),
  previousDue: instant,
  scheduledDue: instant,
  nextState: cardState,
  buriedSiblingIds: stringArrayText,
  madeLeech: z.boolean(),
  deletedAt: instant.nullable(),
  createdAt: instant,
});

const questionSchema = z.strictObject({
  id,
  position: count,
  cardId: id,
  kind: z.enum(QUIZ_QUESTION_KINDS),
  conceptId: id,
  topic: id,
  appearance: count,
  shownAt: instant.nullable(),
  answerId: reviewId.nullable(),
  response: jsonText(() => true, "Expected JSON text.").nullable(),
  verdict: z.enum(["correct", "typo", "wrong", "timeout", "self-graded", "pending"]).nullable(),
  isCorrect: z.boolean().nullable(),
  rating: rating.nullable(),
  answeredAt: instant.nullable(),
  durationMs: count.nullable(),
});

const quizSchema = z
  .strictObject({
    id,
    mode: z.enum(QUIZ_MODES),
    topics: stringArrayText,
    isWeakSpots: z.boolean(),
    timeLimitMs: z.number().int().min(1).max(MAX_INT).nullable(),
    isFeedingScheduler: z.boolean(),
    retryOfQuizId: id.nullable(),
    questionCount: count,
    createdAt: instant,
    finishedAt: instant.nullable(),
    questions: z.array(questionSchema).max(1000),
  })
  .superRefine((quiz, ctx) => {
    if (quiz.questionCount !== quiz.questions.length) {
      ctx.addIssue({ code: "custom", path: ["questionCount"], message: "questionCount does not match the questions listed." });
    }
    reportDuplicates(ctx, quiz.questions.map((question) => question.position), ["questions"], "position", "Position");
    reportDuplicates(ctx, quiz.questions.map((question) => question.answerId), ["questions"], "answerId", "Answer id");
  });

export const accountExportSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: instant,
    settings: settingsSchema,
    cardStates: z.array(cardStateSchema),
    reviewLogs: z.array(reviewLogSchema),
    quizzes: z.array(quizSchema),
  })
  .superRefine((document, ctx) => {
    // The rows' unique keys: one state per card, one log per review id, ids used once.
    reportDuplicates(ctx, document.cardStates.map((row) => row.cardId), ["cardStates"], "cardId", "Card");
    reportDuplicates(ctx, document.reviewLogs.map((row) => row.reviewId), ["reviewLogs"], "reviewId", "Review id");
    reportDuplicates(ctx, document.reviewLogs.map((row) => row.id), ["reviewLogs"], "id", "Review log id");
    reportDuplicates(ctx, document.quizzes.map((quiz) => quiz.id), ["quizzes"], "id", "Quiz id");
    const questionIds = new Set<string>();
    document.quizzes.forEach((quiz, quizIndex) =>
      quiz.questions.forEach((question, index) => {
        if (questionIds.has(question.id)) {
          ctx.addIssue({ code: "custom", path: ["quizzes", quizIndex, "questions", index, "id"], message: `Question id ${question.id} appears twice.` });
        }
        questionIds.add(question.id);
      }),
    );
    const quizIds = new Set(document.quizzes.map((quiz) => quiz.id));
    document.quizzes.forEach((quiz, index) => {
      if (quiz.retryOfQuizId !== null && !quizIds.has(quiz.retryOfQuizId)) {
        ctx.addIssue({ code: "custom", path: ["quizzes", index, "retryOfQuizId"], message: "Names a quiz that is not in the file." });
      }
    });
  });

export type AccountExport = z.infer<typeof accountExportSchema>;

// Thousands of bad rows would make a response of megabytes; the first few say what is wrong.
const MAX_ISSUES = 20;

/**
 * Checks that a parsed JSON value is an account export this server can read, and returns it
 * with dates as Date. Throws InvalidInputError naming the problem: not an export at all, an
 * export from a newer version, or the fields that fail (the first 20).
 */
export function parseAccountExport(document: unknown): AccountExport {
  const header = (typeof document === "object" && document !== null ? document : {}) as { format?: unknown; version?: unknown };
  if (header.format !== EXPORT_FORMAT) {
    throw new InvalidInputError(`This file is not a Recall ML export: choose a file made by "Export everything (JSON)".`, [
      { path: "format", message: `Expected "${EXPORT_FORMAT}".` },
    ]);
  }
  if (typeof header.version === "number" && header.version > EXPORT_VERSION) {
    throw new InvalidInputError(
      `This export was made by a newer version of Recall ML (format version ${header.version}); this server reads version ${EXPORT_VERSION}. Update Recall ML, then import again.`,
      [{ path: "version", message: `Expected ${EXPORT_VERSION}.` }],
    );
  }
  const parsed = accountExportSchema.safeParse(document);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  const total = parsed.error.issues.length;
  throw new InvalidInputError(
    `The export file is damaged or incomplete (${total} problem${total === 1 ? "" : "s"}; first: ${issues[0].path || "file"}: ${issues[0].message}). Nothing was imported.`,
    issues,
  );
}

function reportDuplicates(ctx: z.RefinementCtx, values: readonly unknown[], arrayPath: (string | number)[], field: string, label: string): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (value === null) return;
    if (seen.has(value)) ctx.addIssue({ code: "custom", path: [...arrayPath, index, field], message: `${label} ${String(value)} appears twice.` });
    seen.add(value);
  });
}
