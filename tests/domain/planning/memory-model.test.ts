import { describe, expect, it } from "vitest";
import { createMemoryModel } from "@/lib/domain/scheduling/memory-model";
import { createScheduler, newMemoryState, type ReviewRating } from "@/lib/domain/scheduling/scheduler";

// The planner steps memory with createMemoryModel; these pin it to what the app's scheduler does
// to a real card, so the plan's cards age exactly like the learner's.
const NOW = new Date("2026-11-25T10:00:00Z");
const DAY_MS = 86_400_000;
const SETTINGS = { desiredRetention: 0.85, maximumIntervalDays: 36500, learningSteps: "", relearningSteps: "", isFuzzEnabled: false };

describe("createMemoryModel", () => {
  it("changes a review card's memory and interval as the scheduler does, for every rating", () => {
    const scheduler = createScheduler(SETTINGS);
    const model = createMemoryModel(SETTINGS);
    const learnt = scheduler.grade(newMemoryState(NOW), 3, NOW).next;
    const reviewAt = new Date(learnt.due.getTime() + 2 * DAY_MS);
    const elapsedDays = (reviewAt.getTime() - NOW.getTime()) / DAY_MS;
    for (const rating of [1, 2, 3, 4] as ReviewRating[]) {
      const expected = scheduler.grade(learnt, rating, reviewAt).next;
      const memory = model.next({ stability: learnt.stability, difficulty: learnt.difficulty }, elapsedDays, rating);
      expect(memory.stability).toBeCloseTo(expected.stability, 6);
      expect(memory.difficulty).toBeCloseTo(expected.difficulty, 6);
      if (rating > 1) expect(model.intervalDays(memory.stability)).toBe(expected.scheduledDays);
    }
    expect(model.retrievability(elapsedDays, learnt.stability)).toBeCloseTo(scheduler.retrievabilityOf(learnt.stability, NOW, reviewAt), 8);
  });

  it("starts a new card with the scheduler's first memory and caps intervals at the maximum", () => {
    const model = createMemoryModel({ ...SETTINGS, maximumIntervalDays: 30 });
    const first = createScheduler(SETTINGS).grade(newMemoryState(NOW), 4, NOW).next;
    expect(model.initial(4)).toEqual({ stability: first.stability, difficulty: first.difficulty });
    expect(model.intervalDays(5000)).toBe(30);
  });
});
