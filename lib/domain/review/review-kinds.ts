import type { ItemKind } from "../content/item-types";

/** Flashcard kinds every daily review contains. */
export const DAILY_REVIEW_KINDS: readonly ItemKind[] = ["basic", "reverse", "cloze", "compare"];
/** Quiz-only kinds a learner may add to the daily review in Settings. */
export const OPTIONAL_REVIEW_KINDS: readonly ItemKind[] = ["open", "metric"];
/** Siblings: cards of one concept that would give each other's answers away on the same day. */
export const SIBLING_KINDS: readonly ItemKind[] = ["basic", "reverse", "cloze"];

export function reviewKinds(includeQuizOnlyKinds: boolean): ItemKind[] {
  return includeQuizOnlyKinds ? [...DAILY_REVIEW_KINDS, ...OPTIONAL_REVIEW_KINDS] : [...DAILY_REVIEW_KINDS];
}
