import { describe, expect, it } from "vitest";
import { metricValue } from "@/lib/domain/content/confusion-metrics";

// Hand-computed: TP=40, FP=10, TN=45, FN=5 (100 samples).
const matrix = { tp: 40, fp: 10, tn: 45, fn: 5 };

describe("metricValue", () => {
  it.each([
    ["accuracy", 85 / 100],
    ["precision", 40 / 50],
    ["recall", 40 / 45],
    ["specificity", 45 / 55],
    ["fpr", 10 / 55],
  ] as const)("computes %s", (metric, expected) => {
    expect(metricValue(metric, matrix)).toBeCloseTo(expected, 12);
  });

  it("computes F1 as the harmonic mean of precision and recall", () => {
    const precision = 0.8;
    const recall = 40 / 45;
    expect(metricValue("f1", matrix)).toBeCloseTo((2 * precision * recall) / (precision + recall), 12);
    expect(metricValue("f1", matrix)).toBeCloseTo(80 / 95, 12);
  });

  it("calls a ratio with a zero denominator undefined (null) instead of substituting a value", () => {
    const noPositivePredictions = { tp: 0, fp: 0, tn: 10, fn: 3 };
    expect(metricValue("precision", noPositivePredictions)).toBeNull();
    expect(metricValue("recall", noPositivePredictions)).toBe(0);
    expect(metricValue("f1", { tp: 0, fp: 0, tn: 5, fn: 0 })).toBeNull();
    expect(metricValue("specificity", { tp: 4, fp: 0, tn: 0, fn: 1 })).toBeNull();
    expect(metricValue("balanced-accuracy", { tp: 0, fp: 2, tn: 8, fn: 0 })).toBeNull();
  });

  it("keeps specificity and the false positive rate complementary", () => {
    expect(metricValue("specificity", matrix)! + metricValue("fpr", matrix)!).toBeCloseTo(1, 12);
  });

  it("computes balanced accuracy as the mean of recall and specificity", () => {
    expect(metricValue("balanced-accuracy", matrix)).toBeCloseTo((40 / 45 + 45 / 55) / 2, 12);
  });
});
