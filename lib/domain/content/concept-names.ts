import type { Concept } from "./schema";

// How generated items and content rules decide whether a text "names" a concept. Matching is by
// whole words, case-insensitive, with hyphens and spaces interchangeable ("k-fold" = "k fold") and
// an optional plural or possessive ending, because prose says "decision trees" and "Adam's".

/** The term and every alias of a concept. */
export function namesOf(concept: Pick<Concept, "term" | "aliases">): string[] {
  return [concept.term, ...concept.aliases];
}

/** Lower case, hyphens as spaces, whitespace collapsed: the form in which two names are the same name. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-‐–]/g, " ").replace(/\s+/g, " ").trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function namePattern(name: string): RegExp {
  const words = normaliseName(name).split(" ").map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\s\\-‐–]+")}(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])`, "iu");
}

const patterns = new Map<string, RegExp>();

/** True when `text` contains `name` as whole words (plural and possessive endings allowed). */
export function containsName(text: string, name: string): boolean {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = namePattern(name);
    patterns.set(name, pattern);
  }
  return pattern.test(text);
}

/** The first of the concept's names that `text` contains, if any. */
export function nameFoundIn(text: string, concept: Pick<Concept, "term" | "aliases">): string | undefined {
  return namesOf(concept).find((name) => containsName(text, name));
}

/** Words of a text, lower case, split on anything that is not a letter, digit or apostrophe. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

const ENDINGS: [string, string][] = [["ies", "y"], ["ing", ""], ["ed", ""], ["es", ""], ["ly", ""], ["s", ""]];

function rootOf(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  for (const [ending, replacement] of ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 4) return lower.slice(0, -ending.length) + replacement;
  }
  return lower;
}

/**
 * Whether two words are one word to a learner ("positive"/"positives", "explains"/"explaining",
 * "probability"/"probabilities"): a cloze whose answer shows up inflected elsewhere in its prompt
 * gives itself away. Deliberately crude: common endings removed, then a shared root of at least
 * four letters with at most three letters left over.
 */
export function isSameWordFamily(first: string, second: string): boolean {
  const [a, b] = [rootOf(first), rootOf(second)].sort((x, y) => x.length - y.length);
  if (a === b) return true;
  return a.length >= 4 && b.startsWith(a) && b.length - a.length <= 3;
}
