import type { ConfusionMatrix, Metric } from "./item-types";

// Binary classification metrics from a confusion matrix, as defined in scikit-learn's user guide
// (precision_score, recall_score, f1_score, accuracy_score). Undefined ratios (0/0) are reported
// as 0, matching scikit-learn's zero_division=0 convention.

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

export function metricValue(metric: Metric, m: ConfusionMatrix): number {
  switch (metric) {
    case "accuracy":
      return ratio(m.tp + m.tn, m.tp + m.fp + m.tn + m.fn);
    case "precision":
      return ratio(m.tp, m.tp + m.fp);
    case "recall":
      return ratio(m.tp, m.tp + m.fn);
    case "f1":
      // Harmonic mean of precision and recall, written without the intermediate ratios.
      return ratio(2 * m.tp, 2 * m.tp + m.fp + m.fn);
    case "specificity":
      return ratio(m.tn, m.tn + m.fp);
    case "fpr":
      return ratio(m.fp, m.fp + m.tn);
  }
}

export const METRIC_LABELS: Record<Metric, string> = {
  accuracy: "accuracy",
  precision: "precision",
  recall: "recall (true positive rate)",
  f1: "F1-score",
  specificity: "specificity (true negative rate)",
  fpr: "false positive rate",
};

export const METRIC_FORMULAS: Record<Metric, string> = {
  accuracy: "(TP + TN) / (TP + FP + TN + FN)",
  precision: "TP / (TP + FP)",
  recall: "TP / (TP + FN)",
  f1: "2·TP / (2·TP + FP + FN)",
  specificity: "TN / (TN + FP)",
  fpr: "FP / (FP + TN)",
};

/** Concept ids of the knowledge base whose computed-metric questions are generated. */
export const METRIC_CONCEPTS: Record<string, Metric> = {
  accuracy: "accuracy",
  precision: "precision",
  recall: "recall",
  "f1-score": "f1",
  specificity: "specificity",
  "false-positive-rate": "fpr",
};
