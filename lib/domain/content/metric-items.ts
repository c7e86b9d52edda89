import { makeItem } from "./card-items";
import { METRIC_CONCEPTS, METRIC_FORMULAS, METRIC_LABELS, UNDEFINED_WHEN, metricValue } from "./confusion-metrics";
import { itemId } from "./item-id";
import { METRIC_FRAMINGS, type ConfusionMatrix, type Metric, type MetricFraming, type StudyItem } from "./item-types";
import type { Concept } from "./schema";
import { integerBetween, randomFrom, seedFrom } from "./seeded-random";

/** Absolute tolerance of a numeric answer (the quiz accepts 0.83 for 0.8333...). */
export const METRIC_TOLERANCE = 0.01;
/** One appearance in this many asks for a metric whose denominator is 0 (answer "undefined"). */
const UNDEFINED_ONE_IN = 6;

export interface MetricAppearance {
  matrix: ConfusionMatrix;
  /** Null when the metric is undefined (zero denominator) for these counts. */
  value: number | null;
  prompt: string;
  answer: string;
}

/**
 * One computed-metric item per framing. The item is a template: its counts are drawn afresh for
 * each appearance, so a learner recomputes the metric instead of remembering a number.
 */
export function metricItems(concept: Concept): StudyItem[] {
  const metric = METRIC_CONCEPTS[concept.id];
  if (!metric) return [];
  return METRIC_FRAMINGS.map((framing, variant) => {
    const id = itemId(concept.id, "metric", variant);
    const first = metricAppearance(id, metric, framing, 0);
    return makeItem(concept, id, {
      kind: "metric",
      metric,
      framing,
      tolerance: METRIC_TOLERANCE,
      zeroDivisionRule: zeroDivisionRule(metric),
      prompt: first.prompt,
      answer: first.answer,
    });
  });
}

/** The rule shown on the card wherever the metric can have a zero denominator. */
export function zeroDivisionRule(metric: Metric): string | null {
  return UNDEFINED_WHEN[metric] ? 'If a ratio you need has a denominator of 0, answer "undefined".' : null;
}

/** Appearance `appearance` of a metric item: the same arguments always give the same counts. */
export function metricAppearance(id: string, metric: Metric, framing: MetricFraming, appearance: number): MetricAppearance {
  const random = randomFrom(seedFrom(`${id}@${appearance}`));
  const matrix: ConfusionMatrix = {
    tp: integerBetween(random, 5, 95),
    fp: integerBetween(random, 1, 40),
    tn: integerBetween(random, 10, 200),
    fn: integerBetween(random, 1, 40),
  };
  const zeroed = UNDEFINED_WHEN[metric];
  if (zeroed && integerBetween(random, 1, UNDEFINED_ONE_IN) === 1) for (const count of zeroed) matrix[count] = 0;

  const value = metricValue(metric, matrix);
  const rule = zeroDivisionRule(metric);
  const prompt = [framedCounts(framing, matrix), `Compute its ${METRIC_LABELS[metric]}.`, "Answer as a decimal or a fraction such as 3/4.", rule]
    .filter(Boolean)
    .join(" ");
  return { matrix, value, prompt, answer: worked(metric, framing, matrix, value) };
}

function framedCounts(framing: MetricFraming, m: ConfusionMatrix): string {
  switch (framing) {
    case "matrix":
      return `A binary classifier's confusion matrix: TP = ${m.tp}, FP = ${m.fp}, TN = ${m.tn}, FN = ${m.fn}.`;
    case "screening": {
      const sick = m.tp + m.fn;
      const healthy = m.fp + m.tn;
      return (
        `A screening test is run on ${sick + healthy} people, ${sick} of whom have the condition (the positive class). ` +
        `It flags ${m.tp} of those ${sick} and ${m.fp} of the ${healthy} who do not have it.`
      );
    }
    case "filter":
      return (
        `A spam filter (spam is the positive class) marks ${m.tp + m.fp} emails as spam, of which ${m.tp} really are spam, ` +
        `and lets ${m.tn + m.fn} through, of which ${m.fn} are spam.`
      );
  }
}

function worked(metric: Metric, framing: MetricFraming, m: ConfusionMatrix, value: number | null): string {
  const counts = framing === "matrix" ? "" : `Here TP = ${m.tp}, FP = ${m.fp}, TN = ${m.tn}, FN = ${m.fn}. `;
  const formula = `${METRIC_LABELS[metric]} = ${METRIC_FORMULAS[metric]}`;
  if (value === null) return `undefined. ${counts}${formula}, and a denominator there is 0.`;
  return `${Math.round(value * 1000) / 1000}. ${counts}${formula}.`;
}
