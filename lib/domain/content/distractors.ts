import type { Concept } from "./schema";
import { randomFrom, seedFrom, shuffled } from "./seeded-random";

export const DISTRACTOR_COUNT = 3;

const normalise = (name: string) => name.trim().toLowerCase();
const namesOf = (concept: Concept) => [concept.term, ...concept.aliases].map(normalise);

/**
 * Wrong options for a "which term is this?" question about `answer`: contrast concepts first (the
 * confusions interviewers probe), then related ones, then the rest of the topic in a seeded order.
 * A candidate is skipped when any of its names equals one of the answer's (a synonym would be a
 * second right answer) or repeats an option already chosen. Fewer than three means the concept
 * cannot get a multiple-choice item; content:check reports it.
 */
export function pickDistractors(answer: Concept, byId: ReadonlyMap<string, Concept>, topicConcepts: readonly Concept[]): Concept[] {
  const answerNames = new Set(namesOf(answer));
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
    if (candidate.id === answer.id || chosen.some((c) => c.id === candidate.id)) continue;
    if (namesOf(candidate).some((name) => answerNames.has(name))) continue;
    if (usedTerms.has(normalise(candidate.term))) continue;
    chosen.push(candidate);
    usedTerms.add(normalise(candidate.term));
  }
  return chosen;
}
