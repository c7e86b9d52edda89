import type { RawQueryable } from "../direct-sql";
import { ConflictError, NotFoundError } from "../../domain/errors";
import { CardStateValue } from "../../domain/scheduling/memory-state";
import { createScheduler, newMemoryState, type ReviewRating } from "../../domain/scheduling/scheduler";
import { studyDayAt } from "../../domain/scheduling/study-day";
import { isLeechAt } from "../../domain/review/queue";
import { getLearnerContext, type LearnerContext } from "./learner-context";
import { findCardWithState } from "./card-with-state";
import { insertGradedState, insertReviewLog, writeGradedState } from "./grade-writes";
import { burySiblings } from "./bury-siblings";
import { findReplay, type GradeResult, type GradeReviewInput } from "./grade-result";
import { isRetentionReview } from "../../domain/mastery/review-day-count";
import { countReviewDay } from "../mastery/review-day-counts";
import { snapshotEndedWeeks } from "../mastery/snapshot-ended-weeks";

/** Where a grade came from; kept on the log so stats can tell daily reviews from quiz answers. */
export type ReviewSource = "review" | "quiz";

export const CONCURRENT_CHANGE = "This card was changed in another tab or on another device; it has been reloaded.";

/**
 * The one implementation of grading a card, run inside the caller's transaction: loads the card
 * state by card id and user id together, computes the next state on the server, writes state and
 * log, buries siblings (daily review only) and flags leeches. A stale version is a conflict unless
 * the review id was already applied, in which case the stored result is returned.
 */
export async function applyGrade(
  tx: RawQueryable,
  userId: string,
  input: GradeReviewInput,
  now: Date,
  source: ReviewSource,
): Promise<{ result: GradeResult; context: LearnerContext }> {
  // A replayed review id is detected only when something fails (the version check, or the
  // unique review id on insert), so the common path costs no extra query.
  const { card, row } = await findCardWithState(tx, userId, input.cardId);
  if (!card) throw new NotFoundError("Card not found.");
  const context = await getLearnerContext(tx, userId);
  if ((row?.version ?? 0) !== input.version) {
    const replay = await findReplay(tx, userId, input);
    if (replay) return { result: replay, context };
    throw new ConflictError(CONCURRENT_CHANGE);
  }
  if (row?.isSuspended) {
    const replay = await findReplay(tx, userId, input);
    if (replay) return { result: replay, context };
    throw new ConflictError("This card is suspended; unsuspend it before grading.");
  }

  const before = row ? row.memory : newMemoryState(now);
  const { next, log } = createScheduler(context.scheduler).grade(before, input.rating as ReviewRating, now);
  const hasLapsed = input.rating === 1 && before.state === CardStateValue.Review;
  const madeLeech = hasLapsed && isLeechAt(next.lapses, context.leechThreshold);
  const flags = { isLeech: madeLeech || (row?.isLeech ?? false), isSuspended: madeLeech };
  const version = (row?.version ?? 0) + 1;

  await snapshotEndedWeeks(tx, userId, context, now);
  if (row) {
    if (!(await writeGradedState(tx, row.id, row.version, next, flags, version))) throw new ConflictError(CONCURRENT_CHANGE);
  } else {
    await insertGradedState(tx, userId, card, next, flags, version);
  }

  const day = studyDayAt(now, context.timezone, context.dayStartHour);
  // Only the daily review buries siblings: a quiz answer never moves the concept's flashcards.
  const buriedSiblingIds = source === "review" ? await burySiblings(tx, userId, card, day.endsAt, now) : [];
  await insertReviewLog(
    tx,
    {
      userId,
      cardId: card.id,
      reviewId: input.reviewId,
      ...log,
      durationMs: input.durationMs,
      source,
      previousDue: before.due,
      scheduledDue: next.due,
      nextState: next.state,
      buriedSiblingIds: JSON.stringify(buriedSiblingIds),
      madeLeech,
      studyDate: day.date,
      topic: card.topic,
    },
  );
  const dayKey = { date: day.date, topic: card.topic, rating: log.rating, isRetentionReview: isRetentionReview({ state: log.state, source }) };
  await countReviewDay(tx, userId, dayKey, 1);
  const result: GradeResult = {
    cardId: card.id,
    reviewId: input.reviewId,
    rating: input.rating,
    state: next.state,
    dueAt: next.due.toISOString(),
    version,
    isLeech: flags.isLeech,
    isReplay: false,
  };
  return { result, context };
}
