import { computeDecayFactor, fsrs, S_MIN, type FSRS, type Grade } from "ts-fsrs";
import { DEFAULT_FSRS_WEIGHTS } from "./fsrs-weights";

// FSRS's memory model without cards, dates or learning steps: what a simulation needs to step one
// card through many reviews quickly. The math is ts-fsrs's own (next_state, next_interval), so the
// planner's cards change exactly as the scheduler's would; only the bookkeeping around it (Date
// objects, steps, fuzz) is left out.

/** Stability (days until recall falls to 90%) and difficulty (1-10) of one card. */
export interface Memory {
  stability: number;
  difficulty: number;
}

export interface MemoryModel {
  /** Memory after a new card's first grade. */
  initial(rating: Grade): Memory;
  /**
   * Memory after a grade given `elapsedDays` after the previous one; 0 days is a same-day step
   * (FSRS's short-term stability). `retrievability` saves recomputing it when the caller has it.
   */
  next(memory: Memory, elapsedDays: number, rating: Grade, retrievability?: number): Memory;
  /** FSRS's forgetting curve: the probability of recall `elapsedDays` after the last review. */
  retrievability(elapsedDays: number, stability: number): number;
  /** Whole days until the next review at this model's desired retention: at least 1, at most the maximum interval, no fuzz. */
  intervalDays(stability: number): number;
}

export interface MemoryModelSettings {
  desiredRetention: number;
  maximumIntervalDays: number;
  /** FSRS-6 weights; the defaults when omitted. */
  weights?: readonly number[];
}

export function createMemoryModel(settings: MemoryModelSettings): MemoryModel {
  const engine: FSRS = fsrs({
    w: [...(settings.weights ?? DEFAULT_FSRS_WEIGHTS)],
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: false,
    enable_short_term: true,
  });
  // ts-fsrs's forgetting_curve works the decay and factor out of the weights on every call; a
  // simulation calls it millions of times, so they are worked out once here, and the power is
  // taken as exp(decay * log(x)), the same number (to about 1e-15) in half of Math.pow's time.
  const { decay, factor } = computeDecayFactor(engine.parameters.w);

  return {
    initial(rating) {
      return engine.next_state(null, 0, rating);
    },
    next(memory, elapsedDays, rating, retrievability) {
      // A damaged row (stability 0, difficulty 0 on a reviewed card) would make ts-fsrs throw; FSRS's bounds keep it going.
      const isInRange = memory.stability >= S_MIN && memory.difficulty >= 1;
      const current = isInRange ? memory : { stability: Math.max(memory.stability, S_MIN), difficulty: Math.min(Math.max(memory.difficulty, 1), 10) };
      return engine.next_state(current, Math.max(0, elapsedDays), rating, retrievability);
    },
    retrievability(elapsedDays, stability) {
      return Math.exp(decay * Math.log(1 + (factor * Math.max(0, elapsedDays)) / Math.max(stability, S_MIN)));
    },
    intervalDays(stability) {
      return engine.next_interval(stability, 0);
    },
  };
}
