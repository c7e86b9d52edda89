import type { MasteryNames } from "../domain/mastery/assemble-dashboard";
import { loadKnowledgeBase } from "./content-files";

let cached: MasteryNames | undefined;

/** Topic titles in knowledge-base order and concept terms, for the dashboard (read-only content). */
export function masteryNames(): MasteryNames {
  if (!cached) {
    const { knowledgeBase } = loadKnowledgeBase();
    const terms = new Map(knowledgeBase.concepts.map((concept) => [concept.id, concept.term]));
    cached = { topics: knowledgeBase.topics.map(({ id, title }) => ({ id, title })), conceptTitle: (id) => terms.get(id) ?? id };
  }
  return cached;
}
