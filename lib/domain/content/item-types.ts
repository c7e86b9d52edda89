import type { Topic } from "./schema";

/** Flashcards for the daily review. */
export const CARD_KINDS = ["basic", "reverse", "cloze"] as const;
/** Quiz items; the last two are quiz-only unless a learner adds them to the daily review. */
export const QUIZ_KINDS = ["mcq", "true-false", "which-family", "compare", "open", "metric"] as const;
export const QUIZ_ONLY_KINDS = ["open", "metric"] as const;

export type CardKind = (typeof CARD_KINDS)[number];
export type QuizKind = (typeof QUIZ_KINDS)[number];
export type ItemKind = CardKind | QuizKind;

export type ConfusionMatrix = { tp: number; fp: number; tn: number; fn: number };
export const METRICS = ["accuracy", "precision", "recall", "f1", "specificity", "fpr", "balanced-accuracy"] as const;
export type Metric = (typeof METRICS)[number];

// Every payload carries a displayable prompt and answer, so any item can be rendered as a card.
interface BasePayload {
  prompt: string;
  answer: string;
}

export type ItemPayload =
  | (BasePayload & { kind: "basic" | "reverse" })
  /** `accepted`: the blanked word and, when it names a concept, that concept's other names. */
  | (BasePayload & { kind: "cloze"; term: string; accepted: string[] })
  | (BasePayload & { kind: "mcq" | "which-family"; options: string[]; correctIndex: number })
  | (BasePayload & { kind: "true-false"; isTrue: boolean })
  | (BasePayload & { kind: "compare"; conceptIds: [string, string]; terms: [string, string]; differences: string[] })
  | (BasePayload & { kind: "open"; keyPoints: string[] })
  /**
   * Parametric: every appearance draws fresh counts (see metricAppearance); prompt and answer are
   * appearance 0, for places that show the item as a plain card.
   */
  | (BasePayload & { kind: "metric"; metric: Metric; framing: MetricFraming; tolerance: number; zeroDivisionRule: string | null });

/** How a metric question gives its counts: as a matrix, as a screening test, as a filter's decisions. */
export const METRIC_FRAMINGS = ["matrix", "screening", "filter"] as const;
export type MetricFraming = (typeof METRIC_FRAMINGS)[number];

/** A generated study item. The id depends only on concept id, kind and variant. */
export interface StudyItem {
  id: string;
  conceptId: string;
  topic: Topic;
  kind: ItemKind;
  payload: ItemPayload;
  contentHash: string;
}
