import { DEFAULT_FSRS_WEIGHTS } from "@/lib/domain/scheduling/fsrs-weights";
import type { Db } from "@/lib/data/db";
import { applyCardAction } from "@/lib/data/review/card-actions";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { gradeReview } from "@/lib/data/review/grade-review";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { updateSettings } from "@/lib/data/settings";
import { reviewId } from "./review-fixtures";

/** Everything a chunked export yields, as one string. */
export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

/**
 * The same client, counting findMany calls per model and recording each call's `take`: lets a
 * test see that an export reads in batches, and how many it has read so far.
 */
export function countingDb(db: Db): { db: Db; takes: Record<string, number[]> } {
  const takes: Record<string, number[]> = {};
  const wrapped = new Proxy(db, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || !["reviewLog", "cardState", "quiz"].includes(property)) return value;
      return new Proxy(value, {
        get(delegate, method) {
          const original = Reflect.get(delegate, method);
          if (method !== "findMany") return original;
          return (args: { take?: number }) => {
            (takes[property] ??= []).push(args.take ?? Infinity);
            return original.call(delegate, args);
          };
        },
      });
    },
  });
  return { db: wrapped, takes };
}

/** `count` review logs of one card, a minute apart from `start`, written directly (fast). */
export async function seedReviewLogs(db: Db, userId: string, count: number, options: { cardId: string; start: Date }): Promise<void> {
  const rows = Array.from({ length: count }, (_, index) => {
    const at = new Date(options.start.getTime() + index * 60_000);
    return {
      userId,
      cardId: options.cardId,
      reviewId: `bulk-${userId}-${String(index).padStart(7, "0")}`,
      rating: (index % 4) + 1,
      state: index % 4,
      due: at,
      stability: 1.5,
      difficulty: 5,
      elapsedDays: 1,
      lastElapsedDays: 0,
      scheduledDays: 2,
      learningSteps: 0,
      reviewedAt: at,
      durationMs: 1000 + index,
      source: "review",
      previousDue: at,
      scheduledDue: at,
      nextState: 2,
    };
  });
  for (let start = 0; start < rows.length; start += 1000) {
    await db.reviewLog.createMany({ data: rows.slice(start, start + 1000) });
  }
}

export const STUDY_START = new Date("2026-11-02T09:00:00Z");
const day = (n: number, hours = 0) => new Date(STUDY_START.getTime() + n * 86_400_000 + hours * 3_600_000);

/**
 * An account with one of everything an export carries: changed settings, New rows from a review
 * session, graded cards over several days (a lapse included), an undone grade, a suspended card,
 * and two quizzes (the second retrying the first) whose questions are answered in every way.
 */
export async function seedStudiedAccount(db: Db, userId: string): Promise<void> {
  await updateSettings(db, userId, {
    desiredRetention: 0.87,
    newCardsPerDay: 12,
    reviewsPerDay: 150,
    learningSteps: "2m 15m",
    relearningSteps: "7m",
    maximumIntervalDays: 400,
    isFuzzEnabled: false,
    leechThreshold: 5,
    includeQuizOnlyKinds: true,
    isQuizFeedingScheduler: false,
    timezone: "Europe/Berlin",
    dayStartHour: 5,
  });
  // Personal FSRS weights, as an applied fit leaves them.
  await db.userSettings.update({
    where: { userId },
    data: { fsrsWeights: JSON.stringify(DEFAULT_FSRS_WEIGHTS.map((w) => Math.round(w * 1.05 * 10_000) / 10_000)), fsrsWeightsFittedAt: day(0), fsrsWeightsReviewCount: 1234 },
  });
  await getReviewSession(db, userId, { topic: null, now: day(0) });
  const grade = async (cardId: string, rating: number, at: Date) => {
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } }, select: { version: true } });
    return gradeReview(db, userId, { cardId, reviewId: reviewId(), rating, version: state.version, durationMs: 1500 + rating }, at);
  };
  await grade("supervised-alpha-method:basic:0", 3, day(0));
  await grade("supervised-alpha-method:basic:0", 4, day(3));
  await grade("supervised-alpha-method:basic:0", 1, day(12));
  await grade("nlp-beta-method:reverse:0", 2, day(1));
  await grade("nlp-gamma-method:cloze:0", 4, day(2));
  await grade("nlp-gamma-method:cloze:0", 3, day(8));
  await undoLastReview(db, userId, day(8, 1));
  await applyCardAction(db, userId, "supervised-delta-method:basic:0", { action: "suspend" }, day(4));

  const first = `quiz-${reviewId()}`;
  await db.quiz.create({
    data: {
      id: first,
      userId,
      mode: "mock",
      topics: JSON.stringify(["supervised", "nlp"]),
      timeLimitMs: 90_000,
      isFeedingScheduler: false,
      questionCount: 3,
      createdAt: day(5),
      finishedAt: day(5, 1),
      questions: {
        create: [
          { position: 0, cardId: "supervised-beta-method:cloze:0", kind: "cloze", conceptId: "supervised-beta-method", topic: "supervised", appearance: 17, shownAt: day(5), answerId: reviewId(), response: JSON.stringify({ text: "explains, \"quoted\"" }), verdict: "typo", isCorrect: true, rating: 3, answeredAt: day(5, 0.1), durationMs: 4200 },
          { position: 1, cardId: "nlp-alpha-method:cloze:0", kind: "cloze", conceptId: "nlp-alpha-method", topic: "nlp", appearance: 3, shownAt: day(5, 0.2), answerId: `timeout-${reviewId()}`, response: "{}", verdict: "timeout", isCorrect: false, rating: 1, answeredAt: day(5, 0.3), durationMs: 90_000 },
          { position: 2, cardId: "nlp-delta-method:cloze:0", kind: "cloze", conceptId: "nlp-delta-method", topic: "nlp" },
        ],
      },
    },
  });
  await db.quiz.create({
    data: {
      userId,
      mode: "practice",
      topics: JSON.stringify(["nlp"]),
      isWeakSpots: true,
      retryOfQuizId: first,
      questionCount: 1,
      createdAt: day(6),
      questions: { create: [{ position: 0, cardId: "nlp-alpha-method:cloze:0", kind: "cloze", conceptId: "nlp-alpha-method", topic: "nlp", shownAt: day(6), verdict: "pending", response: JSON.stringify({ text: "open answer" }) }] },
    },
  });
}
