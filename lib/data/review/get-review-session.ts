import type { Db } from "../db";
import { directSql, type RawQueryable } from "../direct-sql";
import { CardStateValue, type MemoryState } from "../../domain/scheduling/memory-state";
import { createScheduler, newMemoryState, RATINGS, type ReviewRating, type Scheduler } from "../../domain/scheduling/scheduler";
import { studyDayAt, type StudyDay } from "../../domain/scheduling/study-day";
import { intervalLabel } from "../../domain/scheduling/interval-label";
import { LEARN_AHEAD_MS, queueHead } from "../../domain/review/queue";
import { availableNew, queueSnapshot } from "./queue-queries";
import { materializeCardStates } from "./materialize-card-states";
import { reviewKinds } from "../../domain/review/review-kinds";
import type { Topic } from "../../domain/content/schema";
import { cardFace } from "../../domain/content/card-face";
import type { ItemPayload } from "../../domain/content/item-types";
import type { ReviewCardView, ReviewSessionView } from "../../domain/review/session-view";
import { getLearnerContext, type LearnerContext } from "./learner-context";
import { memoryStateFromRawRow } from "./memory-state-row";
import { activeStateWhere, stateInScope, type ReviewScope } from "./review-scope";

export type { ReviewCardView, ReviewSessionView };

export interface ReviewSessionOptions {
  topic: Topic | null;
  now: Date;
  /** Show this card first (after an undo), when it is still reviewable. */
  focusCardId?: string;
  /** The learner context when the caller has just read it (saves two queries per grade). */
  context?: LearnerContext;
}

/** The head of the learner's review queue with its counts, computed from the database alone. */
export async function getReviewSession(db: Db, userId: string, options: ReviewSessionOptions): Promise<ReviewSessionView> {
  // The statements of every grade's next card go straight to the driver adapter (see direct-sql.ts).
  const sql = directSql(db);
  const context = options.context ?? (await getLearnerContext(sql, userId));
  const { now } = options;
  const day = studyDayAt(now, context.timezone, context.dayStartHour);
  const scope: ReviewScope = { kinds: reviewKinds(context.includeQuizOnlyKinds), topic: options.topic };
  const scheduler = createScheduler(context.scheduler);

  // The new-card count is read up to the daily limit: queueHead caps it at what is left today,
  // and the head card does not depend on the cap.
  const read = () => queueSnapshot(sql, userId, scope, now, day, context.limits.newCardsPerDay, context.cardsMaterializedAt);
  let snapshot = await read();
  if (snapshot.isContentNewer) {
    await materializeCardStates(db, userId, context.cardsMaterializedAt, now);
    snapshot = await read();
  }
  const { learning, reviews, fresh, progress } = snapshot;
  const head = queueHead({ learning, reviews, fresh, limits: context.limits, progress });

  let nextCardId = options.focusCardId ?? head.nextCardId;
  if (!nextCardId) nextCardId = await learnAheadCardId(db, userId, scope, now);
  const card = nextCardId ? await getCardView(sql, userId, nextCardId, now, scheduler) : null;
  // The focused card may no longer be reviewable (suspended or retired meanwhile): use the queue.
  if (!card && options.focusCardId) return getReviewSession(db, userId, { ...options, context, focusCardId: undefined });
  const isDone = !card;
  return {
    card,
    counts: head.counts,
    gradedToday: progress.gradedToday,
    topic: options.topic,
    nextDueAt: isDone ? await nextDueAt(db, userId, scope, now) : null,
    tomorrow: isDone ? await tomorrowCounts(db, userId, scope, context, day) : null,
  };
}

type CardViewRow = {
  id: string;
  conceptId: string;
  topic: string;
  kind: string;
  payload: string;
  version: number | bigint | null;
  isSuspended: boolean | number | null;
} & Partial<Record<keyof MemoryState, unknown>>;

/** One card as the review page shows it, with the interval each rating would give (one query). */
export async function getCardView(db: RawQueryable, userId: string, cardId: string, now: Date, scheduler: Scheduler): Promise<ReviewCardView | null> {
  const [row] = await db.$queryRaw<CardViewRow[]>`
    SELECT c."id", c."conceptId", c."topic", c."kind", c."payload", s."version", s."isSuspended", s."due", s."stability",
      s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."state", s."lastReview"
    FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ${userId}
    WHERE c."id" = ${cardId} AND c."isRetired" = FALSE`;
  if (!row || Boolean(row.isSuspended)) return null;
  const memory: MemoryState = row.version === null ? newMemoryState(now) : memoryStateFromRawRow(row);
  const preview = scheduler.preview(memory, now);
  const face = cardFace(row.id, JSON.parse(row.payload) as ItemPayload, memory.reps);
  return {
    cardId: row.id,
    conceptId: row.conceptId,
    topic: row.topic,
    kind: row.kind,
    prompt: face.prompt,
    answer: face.answer,
    version: Number(row.version ?? 0),
    state: memory.state,
    intervals: Object.fromEntries(RATINGS.map((rating) => [rating, intervalLabel(now.getTime(), preview[rating].due.getTime())])) as Record<
      ReviewRating,
      string
    >,
  };
}

/** When nothing else is left, a learning card due within 20 minutes is shown early, as in Anki. */
async function learnAheadCardId(db: Db, userId: string, scope: ReviewScope, now: Date): Promise<string | null> {
  const soon = await db.cardState.findFirst({
    where: {
      ...activeStateWhere(userId, now),
      state: { in: [CardStateValue.Learning, CardStateValue.Relearning] },
      due: { lte: new Date(now.getTime() + LEARN_AHEAD_MS) },
      ...stateInScope(scope),
    },
    orderBy: { due: "asc" },
    select: { cardId: true },
  });
  return soon?.cardId ?? null;
}

async function nextDueAt(db: Db, userId: string, scope: ReviewScope, now: Date): Promise<string | null> {
  const next = await db.cardState.findFirst({
    where: { userId, isSuspended: false, state: { not: CardStateValue.New }, due: { gt: now }, ...stateInScope(scope) },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return next?.due.toISOString() ?? null;
}

async function tomorrowCounts(db: Db, userId: string, scope: ReviewScope, context: LearnerContext, day: StudyDay) {
  const tomorrowEnds = studyDayAt(day.endsAt, context.timezone, context.dayStartHour).endsAt;
  const review = await db.cardState.count({
    where: { userId, isSuspended: false, state: { not: CardStateValue.New }, due: { lt: tomorrowEnds }, ...stateInScope(scope) },
  });
  // Cards buried today are new again tomorrow, so availability is counted as of tomorrow's start.
  const fresh = await availableNew(db, userId, scope, day.endsAt, context.limits.newCardsPerDay);
  return { review: Math.min(review, context.limits.reviewsPerDay), new: fresh.count };
}
