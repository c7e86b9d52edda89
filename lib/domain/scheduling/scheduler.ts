import { computeDecayFactor, createEmptyCard, fsrs, Rating, roundTo, type FSRS, type Grade } from "ts-fsrs";
import { InvalidInputError } from "../errors";
import { parseSteps, type Step } from "./learning-steps";
import { fromFsrsCard, fromFsrsLog, toFsrsCard, toFsrsLog, type MemoryState, type ReviewLogFields } from "./memory-state";

export type ReviewRating = 1 | 2 | 3 | 4;
export const RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

export interface SchedulerSettings {
  desiredRetention: number;
  maximumIntervalDays: number;
  learningSteps: string;
  relearningSteps: string;
  isFuzzEnabled: boolean;
  /** FSRS weights; the FSRS-6 defaults when omitted. */
  weights?: readonly number[];
}

export interface GradeOutcome {
  next: MemoryState;
  log: ReviewLogFields;
}

/** The one ts-fsrs adapter: every scheduling decision of the app goes through it. */
export interface Scheduler {
  grade(state: MemoryState, rating: ReviewRating, now: Date): GradeOutcome;
  /** What each rating would do, for the interval shown on the buttons. */
  preview(state: MemoryState, now: Date): Record<ReviewRating, MemoryState>;
  /** The state before `log` was applied to `current` (ts-fsrs rollback). */
  rollback(current: MemoryState, log: ReviewLogFields): MemoryState;
  /** Probability of recall at `now` (0 for new cards). */
  retrievability(state: MemoryState, now: Date): number;
  /** The same, from only what a reviewed card needs: its stability and its last review. */
  retrievabilityOf(stability: number, lastReview: Date, now: Date): number;
  /**
   * The state these weights give a card with this history (its grades since it was last new, in
   * order): ts-fsrs reschedule, replaying each grade. Null for no history.
   */
  reschedule(history: readonly HistoryGrade[], now: Date): MemoryState | null;
}

export interface HistoryGrade {
  rating: ReviewRating;
  reviewedAt: Date;
}

export function newMemoryState(now: Date): MemoryState {
  return fromFsrsCard(createEmptyCard(now));
}

function stepsOrThrow(text: string, field: string): Step[] {
  const parsed = parseSteps(text);
  if (!parsed.ok) throw new InvalidInputError(parsed.message, [{ path: field, message: parsed.message }]);
  return parsed.steps;
}

export function createScheduler(settings: SchedulerSettings): Scheduler {
  const engine: FSRS = fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: settings.isFuzzEnabled,
    enable_short_term: true,
    learning_steps: stepsOrThrow(settings.learningSteps, "learningSteps"),
    relearning_steps: stepsOrThrow(settings.relearningSteps, "relearningSteps"),
    ...(settings.weights ? { w: [...settings.weights] } : {}),
  });

  // ts-fsrs's forgetting_curve, with the decay and factor of these weights worked out once: the
  // mastery dashboard evaluates it for every card several times per view.
  const { decay, factor } = computeDecayFactor(engine.parameters.w);
  const forgettingCurve = (elapsedDays: number, stability: number) => roundTo(Math.pow(1 + (factor * elapsedDays) / stability, decay), 8);

  return {
    grade(state, rating, now) {
      const { card, log } = engine.next(toFsrsCard(state), now, rating as Grade);
      return { next: fromFsrsCard(card), log: fromFsrsLog(log) };
    },
    preview(state, now) {
      const preview = engine.repeat(toFsrsCard(state), now);
      return {
        1: fromFsrsCard(preview[Rating.Again].card),
        2: fromFsrsCard(preview[Rating.Hard].card),
        3: fromFsrsCard(preview[Rating.Good].card),
        4: fromFsrsCard(preview[Rating.Easy].card),
      };
    },
    rollback(current, log) {
      return fromFsrsCard(engine.rollback(toFsrsCard(current), toFsrsLog(log)));
    },
    retrievability(state, now) {
      if (state.state === 0 || !state.lastReview) return 0;
      return forgettingCurve(Math.max(0, (now.getTime() - state.lastReview.getTime()) / 86_400_000), state.stability);
    },
    retrievabilityOf(stability, lastReview, now) {
      return forgettingCurve(Math.max(0, (now.getTime() - lastReview.getTime()) / 86_400_000), stability);
    },
    reschedule(history, now) {
      if (history.length === 0) return null;
      const { collections } = engine.reschedule(
        createEmptyCard(history[0].reviewedAt),
        history.map((grade) => ({ rating: grade.rating as Grade, review: grade.reviewedAt })),
        { skipManual: true, update_memory_state: true, now, first_card: createEmptyCard(history[0].reviewedAt) },
      );
      // The replayed card itself, not ts-fsrs's "manual" reschedule record: that one would also
      // stamp `now` as the last review, which would read as a review the learner never made.
      return fromFsrsCard(collections[collections.length - 1].card);
    },
  };
}
