import { randomFrom, seedFrom, shuffled } from "../content/seeded-random";
import type { QuizQuestionKind } from "./quiz-kinds";

/** An item that can be asked in a quiz, as the data layer lists it for the chosen topics. */
export interface QuizCandidate {
  cardId: string;
  kind: QuizQuestionKind;
  /** Concepts the question is about: one, or two for a compare question. */
  conceptIds: readonly string[];
  /**
   * Items that ask the same thing share a unit, and a quiz holds at most one of them: a fact's
   * true statement and its false twin, or the framings of one computed metric.
   */
  unit: string;
}

export interface AssembleQuizInput {
  candidates: readonly QuizCandidate[];
  length: number;
  /** Weak-spots mode: concept ids, weakest first; the quiz draws from them before anything else. */
  focusConceptIds?: readonly string[];
  /** Makes the draw reproducible (tests, benchmarks); the data layer passes the new quiz's id. */
  seed: string;
}

// The kinds whose prompt or answer is the concept's definition: an MCQ stem shows the definition
// and asks for the term, a cloze shows the term and most of the definition, an open question asks
// for the definition. Two of them on one concept give each other away.
const DEFINITIONAL: ReadonlySet<QuizQuestionKind> = new Set(["mcq", "cloze", "open"]);

/**
 * Picks the questions of a new quiz. It never repeats an item or a unit, never puts two
 * definitional items of one concept together, spreads questions over as many concepts as it can,
 * and mixes kinds in proportion to the units each kind has in the pool (largest-remainder quotas,
 * so a topic rich in facts gets more true/false questions). Returns at most `length` candidates in
 * a shuffled order; fewer only when the pool is too small.
 */
export function assembleQuiz(input: AssembleQuizInput): QuizCandidate[] {
  const random = randomFrom(seedFrom(`quiz:${input.seed}`));
  const pool = focusedPool(input);
  const units = oneCandidatePerUnit(pool, random);
  const byKind = new Map<QuizQuestionKind, QuizCandidate[]>();
  for (const candidate of units) byKind.set(candidate.kind, [...(byKind.get(candidate.kind) ?? []), candidate]);

  const quotas = proportionalQuotas(
    [...byKind].map(([kind, candidates]) => ({ kind, available: candidates.length })),
    Math.min(input.length, units.length),
  );
  const chosen: QuizCandidate[] = [];
  const chosenIds = new Set<string>();
  const perKind = new Map<QuizQuestionKind, number>();
  const usedConcepts = new Set<string>();
  const fits = (candidate: QuizCandidate, allowRepeat: boolean) =>
    !chosenIds.has(candidate.cardId) &&
    (allowRepeat || candidate.conceptIds.every((id) => !usedConcepts.has(id))) &&
    !chosen.some((other) => givesAway(candidate, other));
  const take = (candidate: QuizCandidate) => {
    chosen.push(candidate);
    chosenIds.add(candidate.cardId);
    perKind.set(candidate.kind, (perKind.get(candidate.kind) ?? 0) + 1);
    for (const id of candidate.conceptIds) usedConcepts.add(id);
  };

  // First one question per concept, then repeats of concepts, each pass honouring the quotas;
  // a last pass fills what a kind could not from any kind, so the quiz reaches its length.
  for (const allowRepeat of [false, true]) {
    for (const [kind, quota] of quotas) {
      for (const candidate of byKind.get(kind) ?? []) {
        if ((perKind.get(kind) ?? 0) >= quota) break;
        if (fits(candidate, allowRepeat)) take(candidate);
      }
    }
  }
  const target = Math.min(input.length, units.length);
  for (const candidate of units) {
    if (chosen.length >= target) break;
    if (fits(candidate, true)) take(candidate);
  }
  return shuffled(chosen, random);
}

/** Two questions that must not meet in one quiz. */
export function givesAway(first: QuizCandidate, second: QuizCandidate): boolean {
  if (first.cardId === second.cardId || first.unit === second.unit) return true;
  const shareConcept = first.conceptIds.some((id) => second.conceptIds.includes(id));
  return shareConcept && DEFINITIONAL.has(first.kind) && DEFINITIONAL.has(second.kind);
}

/** In weak-spots mode, the focus concepts' items (weakest first), topped up from the rest. */
function focusedPool(input: AssembleQuizInput): QuizCandidate[] {
  const focus = input.focusConceptIds ?? [];
  if (focus.length === 0) return [...input.candidates];
  const rank = new Map(focus.map((id, index) => [id, index]));
  const rankOf = (candidate: QuizCandidate) => Math.min(...candidate.conceptIds.map((id) => rank.get(id) ?? Infinity));
  const focused = input.candidates.filter((candidate) => rankOf(candidate) < Infinity);
  if (new Set(focused.map((candidate) => candidate.unit)).size >= input.length) return focused;
  return [...focused, ...input.candidates.filter((candidate) => rankOf(candidate) === Infinity)];
}

function oneCandidatePerUnit(pool: readonly QuizCandidate[], random: () => number): QuizCandidate[] {
  const seen = new Set<string>();
  return shuffled(pool, random).filter((candidate) => {
    if (seen.has(candidate.unit)) return false;
    seen.add(candidate.unit);
    return true;
  });
}

/**
 * Splits `total` questions between kinds in proportion to what each has, by largest remainder,
 * never giving a kind more than it has. Order: largest quota first.
 */
export function proportionalQuotas(kinds: readonly { kind: QuizQuestionKind; available: number }[], total: number): [QuizQuestionKind, number][] {
  const sum = kinds.reduce((acc, entry) => acc + entry.available, 0);
  if (sum === 0 || total <= 0) return [];
  const exact = kinds.map((entry) => ({ ...entry, share: (entry.available / sum) * total }));
  const quotas = new Map(exact.map((entry) => [entry.kind, Math.min(entry.available, Math.floor(entry.share))]));
  let left = total - [...quotas.values()].reduce((acc, value) => acc + value, 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || a.kind.localeCompare(b.kind));
  while (left > 0) {
    const before = left;
    for (const entry of byRemainder) {
      if (left === 0) break;
      if (quotas.get(entry.kind)! < entry.available) {
        quotas.set(entry.kind, quotas.get(entry.kind)! + 1);
        left -= 1;
      }
    }
    if (left === before) break;
  }
  return [...quotas].filter(([, quota]) => quota > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
