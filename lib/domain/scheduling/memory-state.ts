import { State, type Card as FsrsCard, type ReviewLog as FsrsLog } from "ts-fsrs";

// The persisted shapes of a card's memory state and of a review log, in the app's camelCase.
// Only this folder speaks ts-fsrs's snake_case; every field it returns is kept, learning_steps
// included (forgetting it freezes cards in learning).

export const CardStateValue = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardStateValue = (typeof CardStateValue)[keyof typeof CardStateValue];

export interface MemoryState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  lastReview: Date | null;
}

export interface ReviewLogFields {
  rating: number;
  state: CardStateValue;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export function toFsrsCard(state: MemoryState): FsrsCard {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as unknown as State,
    last_review: state.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: FsrsCard): MemoryState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardStateValue,
    lastReview: card.last_review ?? null,
  };
}

export function toFsrsLog(log: ReviewLogFields): FsrsLog {
  return {
    rating: log.rating,
    state: log.state as unknown as State,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: log.reviewedAt,
  };
}

export function fromFsrsLog(log: FsrsLog): ReviewLogFields {
  return {
    rating: log.rating,
    state: log.state as number as CardStateValue,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}
