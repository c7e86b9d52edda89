import type { ItemKind } from "./item-types";

const LABELS: Record<ItemKind, string> = {
  basic: "Term → definition",
  reverse: "Definition → term",
  cloze: "Fill in the blank",
  mcq: "Multiple choice",
  "true-false": "True or false",
  "which-family": "Which family?",
  compare: "Compare",
  open: "Interview question",
  metric: "Compute the metric",
};

/** How a learner would name a card kind; an unknown kind (content newer than this code) shows as is. */
export function itemKindLabel(kind: string): string {
  return LABELS[kind as ItemKind] ?? kind;
}
