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
export const METRICS = ["accuracy", "precision", "recall", "f1", "specificity", "fpr"] as const;
export type Metric = (typeof METRICS)[number];

// Every payload carries a displayable prompt and answer, so any item can be rendered as a card.
interface BasePayload {
  prompt: string;
  answer: string;
}

export type ItemPayload =
  | (BasePayload & { kind: "basic" | "reverse" })
  | (BasePayload & { kind: "cloze"; term: string })
  | (BasePayload & { kind: "mcq" | "which-family"; options: string[]; correctIndex: number })
  | (BasePayload & { kind: "true-false"; isTrue: boolean })
  | (BasePayload & { kind: "compare"; conceptIds: [string, string] })
  | (BasePayload & { kind: "open" })
  | (BasePayload & { kind: "metric"; metric: Metric; matrix: ConfusionMatrix; value: number; tolerance: number });

/** A generated study item. The id depends only on concept id, kind and variant. */
export interface StudyItem {
  id: string;
  conceptId: string;
  topic: Topic;
  kind: ItemKind;
  payload: ItemPayload;
  contentHash: string;
}
