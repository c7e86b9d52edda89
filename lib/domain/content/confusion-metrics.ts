import type { ConfusionMatrix, Metric } from "./item-types";

// Binary classification metrics from a confusion matrix, as defined in scikit-learn's user guide
// (accuracy_score, precision_score, recall_score, f1_score, balanced_accuracy_score). A ratio whose
// denominator is 0 is undefined and returned as null: scikit-learn warns and substitutes its
// zero_division value there, and a learner is asked to answer "undefined" rather than guess it.

const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);

export function metricValue(metric: Metric, m: ConfusionMatrix): number | null {
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
    case "balanced-accuracy": {
      const recall = ratio(m.tp, m.tp + m.fn);
      const specificity = ratio(m.tn, m.tn + m.fp);
      return recall === null || specificity === null ? null : (recall + specificity) / 2;
    }
  }
}

export const METRIC_LABELS: Record<Metric, string> = {
  accuracy: "accuracy",
  precision: "precision",
  recall: "recall (true positive rate)",
  f1: "F1-score",
  specificity: "specificity (true negative rate)",
  fpr: "false positive rate",
  "balanced-accuracy": "balanced accuracy",
};

export const METRIC_FORMULAS: Record<Metric, string> = {
  accuracy: "(TP + TN) / (TP + FP + TN + FN)",
  precision: "TP / (TP + FP)",
  recall: "TP / (TP + FN)",
  f1: "2·TP / (2·TP + FP + FN)",
  specificity: "TN / (TN + FP)",
  fpr: "FP / (FP + TN)",
  "balanced-accuracy": "(TP / (TP + FN) + TN / (TN + FP)) / 2",
};

/**
 * The counts that make the metric's denominator 0, for the appearances that ask for "undefined".
 * Accuracy has none: a non-empty matrix always has a non-zero total.
 */
export const UNDEFINED_WHEN: Record<Metric, (keyof ConfusionMatrix)[] | null> = {
  accuracy: null,
  precision: ["tp", "fp"],
  recall: ["tp", "fn"],
  f1: ["tp", "fp", "fn"],
  specificity: ["tn", "fp"],
  fpr: ["tn", "fp"],
  "balanced-accuracy": ["tp", "fn"],
};

/** Concept ids of the knowledge base whose computed-metric questions are generated. */
export const METRIC_CONCEPTS: Record<string, Metric> = {
  accuracy: "accuracy",
  precision: "precision",
  recall: "recall",
  "f1-score": "f1",
  specificity: "specificity",
  "false-positive-rate": "fpr",
  "balanced-accuracy": "balanced-accuracy",
};
