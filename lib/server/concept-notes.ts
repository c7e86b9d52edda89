import type { ConceptNote } from "../domain/quiz/quiz-views";
import { loadKnowledgeBase } from "./content-files";

export type { ConceptNote };

/**
 * The term and explanation of each concept, from the knowledge base shipped with the code: quiz
 * feedback shows them beside the solution, with a link to the concept page.
 */
export function conceptNotes(conceptIds: Iterable<string>): Record<string, ConceptNote> {
  const wanted = new Set(conceptIds);
  return Object.fromEntries(
    loadKnowledgeBase()
      .knowledgeBase.concepts.filter((concept) => wanted.has(concept.id))
      .map((concept) => [concept.id, { conceptId: concept.id, term: concept.term, explanation: concept.explanation }]),
  );
}
