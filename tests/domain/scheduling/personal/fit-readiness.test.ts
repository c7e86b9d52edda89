import { describe, expect, it } from "vitest";
import { fitReadiness, MINIMUM_ITEMS, OPTIMIZER_FULL_FIT_ITEMS } from "@/lib/domain/scheduling/personal/fit-readiness";
import type { TrainingItem } from "@/lib/domain/scheduling/personal/training-items";

const item = (reviews: Array<[number, number]>): TrainingItem => ({ sequence: 0, reviews, reviewedAt: new Date(0) });
const secondDay = item([[3, 0], [3, 2]]);
const thirdDay = item([[3, 0], [3, 2], [3, 5]]);

describe("fitReadiness", () => {
  it("leaves the check fit the optimizer's full-fit minimum after holding out 20%", () => {
    expect(MINIMUM_ITEMS).toBe(80);
    expect(Math.floor(MINIMUM_ITEMS * 0.8)).toBeGreaterThanOrEqual(OPTIMIZER_FULL_FIT_ITEMS);
  });

  it("explains how many reviews are missing below the minimum", () => {
    const readiness = fitReadiness(Array.from({ length: 23 }, () => thirdDay));
    expect(readiness).toMatchObject({ isReady: false, itemCount: 23 });
    expect(!readiness.isReady && readiness.missing).toContain("at least 80 reviews");
    expect(!readiness.isReady && readiness.missing).toContain("you have 23");
  });

  it("asks for cards reviewed on a third day when every card was seen again only once", () => {
    const readiness = fitReadiness(Array.from({ length: 100 }, () => secondDay));
    expect(readiness.isReady).toBe(false);
    expect(!readiness.isReady && readiness.missing).toContain("three different days");
  });

  it("is ready from the minimum on", () => {
    expect(fitReadiness([...Array.from({ length: MINIMUM_ITEMS - 1 }, () => secondDay), thirdDay])).toEqual({ isReady: true, itemCount: MINIMUM_ITEMS });
  });
});
