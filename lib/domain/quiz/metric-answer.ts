// Reading and grading a typed answer to a computed-metric question. Learners write what they would
// on paper: a decimal ("0.75", ".75"), a fraction ("3/4"), a percentage ("75%"), or "undefined"
// when the ratio has a zero denominator.

export type MetricAnswer = { kind: "number"; value: number } | { kind: "undefined" };

export type MetricVerdict = "correct" | "wrong";

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const FRACTION = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*\/\s*((?:\d+(?:\.\d*)?|\.\d+))$/;
const PERCENT = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;

/** The answer a learner typed, or null when it is neither a number nor "undefined" (ask again). */
export function parseMetricAnswer(text: string): MetricAnswer | null {
  const answer = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
  if (answer === "undefined") return { kind: "undefined" };
  const normalised = answer.replace(/,/g, ".");
  if (DECIMAL.test(normalised)) return { kind: "number", value: Number(normalised) };
  const fraction = FRACTION.exec(normalised);
  if (fraction) {
    const denominator = Number(fraction[2]);
    // "3/0" is not a way of writing "undefined": the learner must say it.
    return denominator === 0 ? null : { kind: "number", value: Number(fraction[1]) / denominator };
  }
  const percent = PERCENT.exec(normalised);
  if (percent) return { kind: "number", value: Number(percent[1]) / 100 };
  return null;
}

/**
 * Grades a parsed answer against the exact value (null when the metric is undefined for the
 * counts shown) within an absolute tolerance.
 */
export function gradeMetricAnswer(answer: MetricAnswer, expected: number | null, tolerance: number): MetricVerdict {
  if (expected === null) return answer.kind === "undefined" ? "correct" : "wrong";
  if (answer.kind === "undefined") return "wrong";
  // A hair of slack so that 0.01 away from the value, written as a decimal, still counts.
  return Math.abs(answer.value - expected) <= tolerance + 1e-9 ? "correct" : "wrong";
}
