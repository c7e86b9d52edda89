import type { Concept, KnowledgeBase, TopicInfo } from "./schema";

export interface LibraryEntry {
  id: string;
  term: string;
  aliases: string[];
  topic: string;
  definition: string;
}

export interface LibraryTopic extends TopicInfo {
  entries: LibraryEntry[];
}

/** Topics with their concepts, in knowledge-base order, for the library index. */
export function libraryTopics(knowledgeBase: KnowledgeBase): LibraryTopic[] {
  return knowledgeBase.topics.map((topic) => ({
    ...topic,
    entries: knowledgeBase.concepts
      .filter((concept) => concept.topic === topic.id)
      .map(({ id, term, aliases, topic: conceptTopic, definition }) => ({ id, term, aliases, topic: conceptTopic, definition })),
  }));
}

export interface ConceptDetail {
  concept: Concept;
  topic: TopicInfo;
  /** Ids of the concepts that are a kind of this one (the inverse of `broader`). */
  narrower: string[];
  /** Terms to show for the related, contrast, broader and narrower ids. */
  terms: Record<string, string>;
}

export function conceptDetail(knowledgeBase: KnowledgeBase, conceptId: string): ConceptDetail | null {
  const concept = knowledgeBase.concepts.find((candidate) => candidate.id === conceptId);
  const topic = concept && knowledgeBase.topics.find((candidate) => candidate.id === concept.topic);
  if (!concept || !topic) return null;
  const narrower = knowledgeBase.concepts.filter((candidate) => candidate.broader.includes(concept.id)).map((candidate) => candidate.id);
  const ids = new Set([...concept.related, ...concept.contrast.map((entry) => entry.id), ...concept.broader, ...narrower]);
  const terms = Object.fromEntries(
    knowledgeBase.concepts.filter((candidate) => ids.has(candidate.id)).map((candidate) => [candidate.id, candidate.term]),
  );
  return { concept, topic, narrower, terms };
}
