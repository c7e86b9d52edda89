import { cappedEditDistance } from "./edit-distance";

// Grading a typed cloze answer. The learner is tested on recalling the word, not on typing it the
// way the content file does, so case, spacing, punctuation, dashes, quotes and accents are ignored
// and one slip of the keyboard is forgiven on longer words.

/** "typo": accepted, but one edit away from the name it matched (the UI says so). */
export type TypedVerdict = "correct" | "typo" | "wrong";

export interface TypedAnswerVerdict {
  verdict: TypedVerdict;
  /** The accepted name, as written in the content, that the answer matched; absent when wrong. */
  matched?: string;
}

/**
 * Names shorter than this (in letters and digits, after normalising) must be typed exactly: short
 * ML terms sit one edit from other ML terms ("relu"/"gelu", "rnn"/"cnn", "mse"/"mae"), so below six
 * letters a "typo" is too often a different answer.
 */
export const MIN_TYPO_LENGTH = 6;

/**
 * The form in which two answers are the same answer: compatibility-decomposed (NFKD, so "²" is "2"
 * and "ﬁ" is "fi"), lower case, accents dropped, and everything but letters and digits removed.
 * Removing spaces as well as punctuation makes "k-fold", "k fold" and "kfold" one answer, which a
 * learner would expect; the cost is that a name made only of symbols normalises to nothing.
 */
export function normaliseTypedAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const digitsOf = (text: string) => text.replace(/[^\p{N}]/gu, "");

/**
 * One edit away, on a name long enough to allow it. The digits must agree exactly: "L1" for "L2"
 * or "top-1" for "top-5" is one edit but names a different thing, never a typo.
 */
function isTypoOf(answer: string, name: string): boolean {
  if (Array.from(name).length < MIN_TYPO_LENGTH) return false;
  return digitsOf(answer) === digitsOf(name) && cappedEditDistance(answer, name) === 1;
}

/**
 * Grades what the learner typed against a cloze item's answer and accepted names. An exact match
 * with any name wins over a typo match with another; an empty answer is wrong.
 */
export function gradeTypedAnswer(typed: string, cloze: { answer: string; accepted: readonly string[] }): TypedAnswerVerdict {
  const answer = normaliseTypedAnswer(typed);
  if (answer === "") return { verdict: "wrong" };
  // Names that normalise to nothing could only be matched by an empty answer; leave them out.
  const names = [cloze.answer, ...cloze.accepted]
    .map((name) => ({ name, normalised: normaliseTypedAnswer(name) }))
    .filter(({ normalised }) => normalised !== "");

  const exact = names.find(({ normalised }) => normalised === answer);
  if (exact) return { verdict: "correct", matched: exact.name };
  const nearly = names.find(({ normalised }) => isTypoOf(answer, normalised));
  return nearly ? { verdict: "typo", matched: nearly.name } : { verdict: "wrong" };
}
