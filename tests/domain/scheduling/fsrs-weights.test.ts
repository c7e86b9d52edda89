import { describe, expect, it } from "vitest";
import { DEFAULT_FSRS_WEIGHTS, FSRS_WEIGHT_COUNT, isFsrsWeights, storedWeightsOf } from "@/lib/domain/scheduling/fsrs-weights";

describe("FSRS weights", () => {
  it("defaults to the 21 FSRS-6 weights", () => {
    expect(DEFAULT_FSRS_WEIGHTS).toHaveLength(FSRS_WEIGHT_COUNT);
    expect(isFsrsWeights([...DEFAULT_FSRS_WEIGHTS])).toBe(true);
  });

  it("accepts only 21 finite numbers", () => {
    expect(isFsrsWeights(DEFAULT_FSRS_WEIGHTS.slice(0, 19))).toBe(false);
    expect(isFsrsWeights([...DEFAULT_FSRS_WEIGHTS.slice(0, 20), Number.NaN])).toBe(false);
    expect(isFsrsWeights([...DEFAULT_FSRS_WEIGHTS.slice(0, 20), "1"])).toBe(false);
    expect(isFsrsWeights("[]")).toBe(false);
  });

  it("reads stored weights, and falls back to the defaults for none or a damaged value", () => {
    const weights = DEFAULT_FSRS_WEIGHTS.map((w) => w * 1.1);
    expect(storedWeightsOf(JSON.stringify(weights))).toEqual(weights);
    expect(storedWeightsOf(null)).toBeUndefined();
    expect(storedWeightsOf("")).toBeUndefined();
    expect(storedWeightsOf("{not json")).toBeUndefined();
    expect(storedWeightsOf("[1,2,3]")).toBeUndefined();
  });
});
