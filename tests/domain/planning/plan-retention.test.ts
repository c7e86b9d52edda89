import { describe, expect, it } from "vitest";
import { GRID_MAX, GRID_MIN, isSameRetention, planDeckOf, planRetention, retentionGrid, simulateRetention, type RetentionPlan } from "@/lib/domain/planning";
import { mixedDeck, planInput, reviewed, unseen } from "./plan-fixtures";

const pointAt = (plan: RetentionPlan, retention: number) => {
  const point = plan.points.find((candidate) => isSameRetention(candidate.desiredRetention, retention));
  if (!point) throw new Error(`no point at ${retention}`);
  return point;
};

/** Days on which `outcome` graded anything. */
const reviewDays = (reviewsByDay: number[]) => reviewsByDay.flatMap((count, day) => (count > 0 ? [day] : []));

describe("retentionGrid", () => {
  it("runs from 0.70 to 0.97 in steps of 0.01, the current setting included once", () => {
    const grid = retentionGrid(0.9);
    expect(grid).toHaveLength(28);
    expect(grid[0]).toBe(GRID_MIN);
    expect(grid[grid.length - 1]).toBe(GRID_MAX);
    expect(grid).toContain(0.85);
  });

  it("adds a current setting between two points, or above the grid, as a point of its own", () => {
    expect(retentionGrid(0.905)).toHaveLength(29);
    expect(retentionGrid(0.905)).toContain(0.905);
    expect(retentionGrid(0.99).at(-1)).toBe(0.99);
  });
});

describe("planRetention", () => {
  const deck = mixedDeck(600, 300);

  it("gives the same plan for the same input and seed, and another for another seed", () => {
    const first = planRetention(planInput(deck, {}, 7));
    const again = planRetention(planInput(deck, {}, 7));
    expect(again).toEqual(first);
    const other = planRetention(planInput(deck, {}, 8));
    expect(other.points.map((point) => point.totalReviews)).not.toEqual(first.points.map((point) => point.totalReviews));
  });

  it("costs more reviews at a higher retention and retains more concepts when reviews are not capped", () => {
    const plan = planRetention(planInput(deck));
    const totals = [0.7, 0.8, 0.9, 0.97].map((retention) => pointAt(plan, retention).totalReviews);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(new Set(totals).size).toBe(4);
    expect(pointAt(plan, 0.97).retainedAtEnd).toBeGreaterThan(pointAt(plan, 0.7).retainedAtEnd);
    // The same random stream per card keeps the whole curve in order, not just these four points.
    for (let index = 1; index < plan.points.length; index++) expect(plan.points[index].totalReviews).toBeGreaterThanOrEqual(plan.points[index - 1].totalReviews);
  });

  it("gives zero reviews and nothing retained for a learner with no cards, and no optimum", () => {
    const plan = planRetention(planInput([]));
    expect(plan.cardCount).toBe(0);
    expect(plan.conceptCount).toBe(0);
    for (const point of plan.points) {
      expect(point.totalReviews).toBe(0);
      expect(point.reviewsByDay.every((count) => count === 0)).toBe(true);
      expect(point.retainedAtEnd).toBe(0);
      expect(point.reviewsPerRetainedConcept).toBeNull();
    }
    expect(plan.optimumRetention).toBeNull();
  });

  it("introduces unseen cards at the new-card limit, in the order they are listed", () => {
    const cards = [...Array.from({ length: 7 }, () => unseen("first")), ...Array.from({ length: 7 }, () => unseen("second"))];
    // No steps: every grade on day 0 is a first grade.
    const oneDay = planRetention(planInput(cards, { newCardsPerDay: 7, learningStepCount: 0 }), 1);
    for (const point of oneDay.points) {
      expect(point.reviewsByDay[0]).toBe(7);
      // Only the first concept has been learnt by the end of day 0: less than one concept, more than half.
      expect(point.retainedAtEnd).toBeGreaterThan(0.5);
      expect(point.retainedAtEnd).toBeLessThanOrEqual(1);
    }
    const fortnight = planRetention(planInput(Array.from({ length: 100 }, (_, index) => unseen(`c${index}`)), { newCardsPerDay: 7, learningStepCount: 0 }), 30);
    expect(fortnight.introducedCardCount).toBe(100);
    // Nothing is due on the day a card is learnt, so days 0 and 1 hold first grades only.
    expect(fortnight.points[0].reviewsByDay[0]).toBe(7);
    expect(planRetention(planInput([unseen("a"), unseen("b")], { newCardsPerDay: 0 })).points.every((point) => point.totalReviews === 0)).toBe(true);
  });

  it("counts each learning step as a grade of the day a card is learnt", () => {
    const cards = Array.from({ length: 20 }, (_, index) => unseen(`c${index}`));
    const withSteps = planRetention(planInput(cards, { learningStepCount: 2 }), 1);
    const withoutSteps = planRetention(planInput(cards, { learningStepCount: 0 }), 1);
    expect(withoutSteps.points[0].reviewsByDay[0]).toBe(20);
    expect(withSteps.points[0].reviewsByDay[0]).toBeGreaterThan(20);
    expect(withSteps.points[0].reviewsByDay[0]).toBeLessThanOrEqual(60);
  });

  it("marks the learner's current setting and the retention with the fewest grades per retained concept", () => {
    const plan = planRetention(planInput(deck, { currentRetention: 0.905 }));
    expect(plan.currentRetention).toBe(0.905);
    expect(plan.points.some((point) => point.desiredRetention === 0.905)).toBe(true);
    const costs = plan.points.map((point) => point.reviewsPerRetainedConcept as number);
    const best = plan.points[costs.indexOf(Math.min(...costs))];
    expect(plan.optimumRetention).toBe(best.desiredRetention);
  });

  it("never waits longer than the maximum interval between two reviews of a card", () => {
    const strong = [reviewed("solid", 2000, 1, 0, 2)];
    const capped = planRetention(planInput(strong, { maximumIntervalDays: 30, relearningStepCount: 0 }));
    for (const point of capped.points) {
      const days = reviewDays(point.reviewsByDay);
      const gaps = days.slice(1).map((day, index) => day - days[index]);
      expect(days[0]).toBe(0);
      expect(Math.max(...gaps, capped.horizonDays - days[days.length - 1])).toBeLessThanOrEqual(30);
      expect(days.length).toBeGreaterThanOrEqual(12);
    }
    const uncapped = planRetention(planInput(strong, { relearningStepCount: 0 }));
    expect(reviewDays(pointAt(uncapped, 0.9).reviewsByDay).length).toBeLessThan(3);
  });

  it("grades no more review cards a day than the daily review limit, carrying the rest over", () => {
    const backlog = Array.from({ length: 50 }, (_, index) => reviewed(`c${index}`, 5, 10, 0));
    const plan = planRetention(planInput(backlog, { reviewsPerDay: 5, relearningStepCount: 0 }), 30);
    for (const point of plan.points) {
      expect(Math.max(...point.reviewsByDay)).toBeLessThanOrEqual(5);
      // The backlog of 50 takes ten days: each of them is full.
      expect(point.reviewsByDay.slice(0, 10)).toEqual(Array(10).fill(5));
    }
  });

  it("counts a concept as the mean recall of its cards: now, before any review", () => {
    // Stability 10 reviewed 10 days ago: recall 90% now; the concept's second card is unseen (0).
    const plan = planRetention(planInput([reviewed("half", 10, 10, 0), unseen("half")]), 30);
    expect(plan.conceptCount).toBe(1);
    expect(plan.retainedNow).toBeCloseTo(0.45, 6);
    expect(plan.points[0].retainedBySample[0]).toBeCloseTo(0.45, 6);
  });

  it("runs one retention on its own exactly as within the whole plan", () => {
    const input = planInput(deck);
    const plan = planRetention(input);
    expect(simulateRetention(planDeckOf(input), 0.85)).toEqual(pointAt(plan, 0.85));
  });
});
