import { dateOf } from "../raw-values";
import type { CardStateValue, MemoryState } from "../../domain/scheduling/memory-state";

/** The CardState columns that hold the FSRS memory state. */
export const memoryStateSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

type MemoryStateRow = Omit<MemoryState, "state"> & { state: number };

export function memoryStateFromRow(row: MemoryStateRow): MemoryState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateValue,
    lastReview: row.lastReview,
  };
}

/** Column values for writing a memory state (every field, so none is ever left stale). */
export function memoryStateColumns(state: MemoryState): MemoryStateRow & { lastReviewMs: number | null } {
  return { ...state, lastReviewMs: state.lastReview ? state.lastReview.getTime() : null };
}

/**
 * A memory state from a raw SQL row. Drivers differ in what raw queries return (SQLite gives
 * dates as text and integers as bigint, PostgreSQL gives Date and number), so every field is
 * normalised here.
 */
export function memoryStateFromRawRow(row: Partial<Record<keyof MemoryState, unknown>>): MemoryState {
  return memoryStateFromRow({
    due: dateOf(row.due),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsedDays),
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    state: Number(row.state),
    lastReview: row.lastReview === null || row.lastReview === undefined ? null : dateOf(row.lastReview),
  });
}

/** The card fields a state row carries (see the CardState model), for rows created one at a time. */
export function cardCopyColumns(card: { kind: string; topic: string; position: number }) {
  return { cardKind: card.kind, cardTopic: card.topic, isCardRetired: false, newPosition: card.position };
}
