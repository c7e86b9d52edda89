import type { ConceptHierarchy } from "./concept-hierarchy";
import { nameFoundIn, namesOf, normaliseName } from "./concept-names";
import type { Concept } from "./schema";
import { randomFrom, seedFrom, shuffled } from "./seeded-random";

export const DISTRACTOR_COUNT = 3;

/** Why a concept may not be a wrong option for a question about `answer`, or null when it may. */
export function distractorDefect(answer: Concept, candidate: Concept, hierarchy: ConceptHierarchy): string | null {
  if (candidate.id === answer.id) return "is the answer itself";
  const answerNames = new Set(namesOf(answer).map(normaliseName));
  const shared = namesOf(candidate).find((name) => answerNames.has(normaliseName(name)));
  if (shared) return `shares the name "${shared}" with the answer`;
  if (hierarchy.lineageOf(answer.id).has(candidate.id)) return "is broader or narrower than the answer, so it fits the definition too";
  const named = nameFoundIn(answer.definition, candidate);
  if (named) return `is named in the definition ("${named}"), so it can be eliminated`;
  return null;
}

/**
 * Wrong options for a "which term is this?" question about `answer`: contrast concepts first (the
 * confusions interviewers probe), then related ones, then the rest of the topic in a seeded order.
 * A candidate is skipped when `distractorDefect` finds a reason (a synonym or a broader/narrower
 * concept would be a second right answer; one the definition names is eliminated at a glance) or
 * when its term repeats an option already chosen. Fewer than three means the concept cannot get a
 * multiple-choice item; content:check reports it.
 */
export function pickDistractors(
  answer: Concept,
  byId: ReadonlyMap<string, Concept>,
  topicConcepts: readonly Concept[],
  hierarchy: ConceptHierarchy,
): Concept[] {
  const sameTopic = shuffled(
    topicConcepts.filter((concept) => concept.id !== answer.id),
    randomFrom(seedFrom(`${answer.id}:distractors`)),
  );
  const candidates = [
    ...answer.contrast.map((entry) => byId.get(entry.id)),
    ...answer.related.map((id) => byId.get(id)),
    ...sameTopic,
  ].filter((concept): concept is Concept => Boolean(concept));

  const chosen: Concept[] = [];
  const usedTerms = new Set<string>();
  for (const candidate of candidates) {
    if (chosen.length === DISTRACTOR_COUNT) break;
    if (chosen.some((c) => c.id === candidate.id) || usedTerms.has(normaliseName(candidate.term))) continue;
    if (distractorDefect(answer, candidate, hierarchy)) continue;
    chosen.push(candidate);
    usedTerms.add(normaliseName(candidate.term));
  }
  return chosen;
}
