// How far a typed answer is from an accepted one, for the one-typo allowance of typed answers.
// The grader only asks "equal, one slip, or more?", so instead of filling the whole dynamic
// programming table this scans once: after the first mismatch the rest must line up under exactly
// one single edit, otherwise the distance is at least two and we stop there.
//
// The distance is optimal string alignment (restricted Damerau-Levenshtein): an adjacent swap costs
// one edit, like an insertion, deletion or substitution. Swapping two letters ("reacll" for
// "recall") is the commonest slip of fast typing; plain Levenshtein would charge two edits for it
// and mark the learner wrong for what is plainly a typo. At distance one the restricted and full
// Damerau-Levenshtein distances agree, so the choice between them does not matter here.

/** True when `x` from `fromX` and `y` from `fromY` are the same sequence. */
function tailsMatch(x: readonly string[], fromX: number, y: readonly string[], fromY: number): boolean {
  if (x.length - fromX !== y.length - fromY) return false;
  for (let offset = 0; fromX + offset < x.length; offset++) {
    if (x[fromX + offset] !== y[fromY + offset]) return false;
  }
  return true;
}

/**
 * Optimal-string-alignment distance between two strings, capped: 0 when equal, 1 when one
 * insertion, deletion, substitution or swap of adjacent characters apart, 2 for "two or more".
 * Compares code points, so a letter outside the Basic Multilingual Plane counts as one.
 */
export function cappedEditDistance(first: string, second: string): 0 | 1 | 2 {
  const a = Array.from(first);
  const b = Array.from(second);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length > 1) return 2;

  let mismatch = 0;
  while (mismatch < shorter.length && shorter[mismatch] === longer[mismatch]) mismatch++;
  if (mismatch === longer.length) return 0;

  if (shorter.length < longer.length) {
    // The longer string has one extra character at the mismatch (or at its end).
    return tailsMatch(shorter, mismatch, longer, mismatch + 1) ? 1 : 2;
  }
  if (tailsMatch(shorter, mismatch + 1, longer, mismatch + 1)) return 1;
  const isSwap = shorter[mismatch] === longer[mismatch + 1] && shorter[mismatch + 1] === longer[mismatch];
  return isSwap && tailsMatch(shorter, mismatch + 2, longer, mismatch + 2) ? 1 : 2;
}
