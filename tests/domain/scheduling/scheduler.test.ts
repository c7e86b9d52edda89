import { describe, expect, it } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import { createScheduler, newMemoryState, type ReviewRating, type SchedulerSettings } from "@/lib/domain/scheduling/scheduler";
import type { MemoryState } from "@/lib/domain/scheduling/memory-state";

// FSRS-6 weights and expectations from ts-fsrs's own suite (packages/fsrs/__tests__/FSRS-6.test.ts).
const REFERENCE_WEIGHTS = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014,
  1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];
// ts-fsrs defaults: retention 0.9, max interval 36500 days, steps 1m 10m / 10m, no fuzz.
const REFERENCE: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  isFuzzEnabled: false,
  weights: REFERENCE_WEIGHTS,
};

/** What the database stores and returns: a JSON round trip drops nothing we rely on. */
function persisted(state: MemoryState): MemoryState {
  const copy = JSON.parse(JSON.stringify(state));
  return { ...copy, due: new Date(copy.due), lastReview: copy.lastReview ? new Date(copy.lastReview) : null };
}

describe("scheduler (ts-fsrs adapter)", () => {
  it("reproduces ts-fsrs's FSRS-6 reference interval history through persisted states", () => {
    const scheduler = createScheduler(REFERENCE);
    const ratings: ReviewRating[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
    let now = new Date(Date.UTC(2022, 11, 29, 12, 30));
    let state = newMemoryState(now);
    const intervals: number[] = [];
    for (const rating of ratings) {
      const { next } = scheduler.grade(persisted(state), rating, now);
      intervals.push(next.scheduledDays);
      state = next;
      now = next.due;
    }
    expect(intervals).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
  });

  it("reaches the reference memory state (short-term) after Again, then Good x5", () => {
    const scheduler = createScheduler(REFERENCE);
    const gapsDays = [0, 0, 1, 3, 8, 21];
    const ratings: ReviewRating[] = [1, 3, 3, 3, 3, 3];
    let now = new Date(Date.UTC(2022, 11, 29, 12, 30));
    let state = newMemoryState(now);
    ratings.forEach((rating, index) => {
      now = new Date(now.getTime() + gapsDays[index] * 86_400_000);
      state = persisted(scheduler.grade(state, rating, now).next);
    });
    expect(state.stability).toBeCloseTo(53.62691, 4);
    expect(state.difficulty).toBeCloseTo(6.3574867, 4);
  });

  it("keeps learning steps across sessions: each Good moves one step, then the card graduates", () => {
    const scheduler = createScheduler({ ...REFERENCE, learningSteps: "1m 10m 1h" });
    let now = new Date(Date.UTC(2026, 0, 1, 9));
    let state = newMemoryState(now);
    const steps: number[] = [];
    const minutesUntilDue: number[] = [];
    for (let session = 0; session < 4; session++) {
      // Each grade happens in a new session: the state comes back from the database.
      const { next, log } = scheduler.grade(persisted(state), 3, now);
      expect(log.learningSteps).toBe(state.learningSteps);
      steps.push(next.learningSteps);
      minutesUntilDue.push(Math.round((next.due.getTime() - now.getTime()) / 60_000));
      state = next;
      now = next.due;
    }
    // Good on a new card goes to the second step (10m), then the third (1h), then graduates.
    expect(minutesUntilDue.slice(0, 2)).toEqual([10, 60]);
    expect(steps.slice(0, 2)).toEqual([1, 2]);
    expect(state.state).toBe(2);
    expect(minutesUntilDue[2]).toBeGreaterThanOrEqual(1440);
  });

  it("rolls back a grade to the previous state", () => {
    const scheduler = createScheduler(REFERENCE);
    const now = new Date(Date.UTC(2026, 0, 1, 9));
    const first = scheduler.grade(newMemoryState(now), 3, now).next;
    const later = new Date(first.due.getTime() + 5 * 60_000);
    const { next, log } = scheduler.grade(first, 1, later);
    const restored = scheduler.rollback(next, log);
    // ts-fsrs cannot recover the previous due date (it uses the review time): undo stores it.
    expect({ ...restored, due: first.due }).toEqual(first);
  });

  it("previews an interval for each rating, growing from Again to Easy", () => {
    const scheduler = createScheduler(REFERENCE);
    const now = new Date(Date.UTC(2026, 0, 1, 9));
    const preview = scheduler.preview(newMemoryState(now), now);
    const dues = [1, 2, 3, 4].map((rating) => preview[rating as ReviewRating].due.getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(preview[1].due.getTime() - now.getTime()).toBe(60_000);
  });

  it("computes retrievability: 0 for new cards, about the desired retention when due", () => {
    const scheduler = createScheduler(REFERENCE);
    const now = new Date(Date.UTC(2026, 0, 1, 9));
    expect(scheduler.retrievability(newMemoryState(now), now)).toBe(0);
    const review = scheduler.grade(newMemoryState(now), 4, now).next;
    expect(scheduler.retrievability(review, review.due)).toBeCloseTo(0.9, 1);
  });

  it("refuses invalid steps with a field error", () => {
    expect(() => createScheduler({ ...REFERENCE, learningSteps: "soon" })).toThrow(/not a step/);
  });
});

describe("retrievabilityOf", () => {
  it("is ts-fsrs's forgetting curve exactly, for the default and for custom weights", () => {
    const custom = [...default_w];
    custom[20] = 0.3;
    for (const w of [REFERENCE_WEIGHTS, default_w, custom]) {
      const scheduler = createScheduler({ ...REFERENCE, weights: w });
      const lastReview = new Date("2026-01-01T00:00:00Z");
      for (const [days, stability] of [[0, 1], [0.5, 0.2], [3, 3], [40, 12.5], [365, 200], [1000, 0.9]]) {
        const at = new Date(lastReview.getTime() + days * 86_400_000);
        expect(scheduler.retrievabilityOf(stability, lastReview, at)).toBe(forgetting_curve(w, days, stability));
      }
    }
  });
});

describe("reschedule", () => {
  const ratings: ReviewRating[] = [3, 3, 1, 3, 4, 2, 3];
  const live = (settings: SchedulerSettings) => {
    const scheduler = createScheduler(settings);
    let now = new Date("2026-11-01T09:00:00Z");
    let state = newMemoryState(now);
    const history = [];
    for (const rating of ratings) {
      history.push({ rating, reviewedAt: now });
      state = scheduler.grade(state, rating, now).next;
      now = new Date(Math.max(state.due.getTime(), now.getTime() + 60_000));
    }
    return { state, history, now };
  };

  it("gives back the graded state when the weights are the ones it was graded with, fuzz included", () => {
    const settings = { ...REFERENCE, isFuzzEnabled: true };
    const { state, history, now } = live(settings);
    expect(createScheduler(settings).reschedule(history, now)).toEqual(state);
  });

  it("replays the same history with other weights into another memory state, keeping the last review", () => {
    const { state, history, now } = live(REFERENCE);
    const other = createScheduler({ ...REFERENCE, weights: REFERENCE_WEIGHTS.map((w, index) => (index < 4 ? w * 3 : w)) }).reschedule(history, now);
    expect(other).not.toBeNull();
    expect(other!.stability).not.toBeCloseTo(state.stability, 3);
    expect(other!.lastReview).toEqual(history[history.length - 1].reviewedAt);
    expect(other!.reps).toBe(state.reps);
    expect(other!.lapses).toBe(state.lapses);
  });

  it("has nothing to replay for a card never graded", () => {
    expect(createScheduler(REFERENCE).reschedule([], new Date())).toBeNull();
  });
});
