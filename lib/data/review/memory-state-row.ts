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
