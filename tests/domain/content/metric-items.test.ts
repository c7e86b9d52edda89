import { describe, expect, it } from "vitest";
import { metricValue } from "@/lib/domain/content/confusion-metrics";
import { METRIC_FRAMINGS, METRICS } from "@/lib/domain/content/item-types";
import { metricAppearance } from "@/lib/domain/content/metric-items";

const APPEARANCES = Array.from({ length: 60 }, (_, index) => index);

describe("metricAppearance", () => {
  it("is reproducible: one item and appearance always give the same counts and text", () => {
    expect(metricAppearance("precision:metric:0", "precision", "matrix", 7)).toEqual(metricAppearance("precision:metric:0", "precision", "matrix", 7));
  });

  it("draws fresh counts for each appearance", () => {
    const matrices = APPEARANCES.map((appearance) => JSON.stringify(metricAppearance("recall:metric:1", "recall", "screening", appearance).matrix));
    expect(new Set(matrices).size).toBeGreaterThan(55);
  });

  it.each(METRICS.flatMap((metric) => METRIC_FRAMINGS.map((framing) => [metric, framing] as const)))(
    "gives %s (%s framing) a value that matches its counts, and the counts in the prompt",
    (metric, framing) => {
      for (const appearance of APPEARANCES.slice(0, 20)) {
        const shown = metricAppearance(`${metric}:metric:${framing}`, metric, framing, appearance);
        expect(shown.value).toBe(metricValue(metric, shown.matrix));
        if (framing === "matrix") expect(shown.prompt).toContain(`TP = ${shown.matrix.tp}, FP = ${shown.matrix.fp}, TN = ${shown.matrix.tn}, FN = ${shown.matrix.fn}`);
      }
    },
  );

  it("states the counts of a screening test so that TP, FP, TN and FN follow from them", () => {
    const shown = metricAppearance("recall:metric:1", "recall", "screening", 3);
    const { tp, fp, tn, fn } = shown.matrix;
    expect(shown.prompt).toContain(`run on ${tp + fp + tn + fn} people, ${tp + fn} of whom have the condition`);
    expect(shown.prompt).toContain(`flags ${tp} of those ${tp + fn} and ${fp} of the ${fp + tn} who do not`);
  });

  it("sometimes asks for a metric whose denominator is 0, and then answers undefined", () => {
    for (const metric of ["precision", "recall", "f1", "specificity", "fpr", "balanced-accuracy"] as const) {
      const undefinedOnes = APPEARANCES.map((appearance) => metricAppearance(`${metric}:metric:0`, metric, "matrix", appearance)).filter((shown) => shown.value === null);
      expect(undefinedOnes.length, metric).toBeGreaterThan(0);
      expect(undefinedOnes.length, metric).toBeLessThan(30);
      expect(undefinedOnes[0].answer).toMatch(/^undefined\./);
      expect(undefinedOnes[0].prompt).toContain('answer "undefined"');
    }
  });

  it("never makes accuracy undefined, and does not state a rule that does not apply", () => {
    for (const appearance of APPEARANCES) {
      const shown = metricAppearance("accuracy:metric:0", "accuracy", "filter", appearance);
      expect(shown.value).not.toBeNull();
      expect(shown.prompt).not.toContain("undefined");
    }
  });

  it("works the answer out with the formula, rounded to three places", () => {
    const shown = metricAppearance("precision:metric:0", "precision", "matrix", 1);
    if (shown.value === null) throw new Error("pick an appearance with a defined value");
    expect(shown.answer).toBe(`${Math.round(shown.value * 1000) / 1000}. precision = TP / (TP + FP).`);
  });
});
