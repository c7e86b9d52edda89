import { cardItems } from "./card-items";
import type { StudyItem } from "./item-types";
import { compareItems, metricItems, multipleChoiceItem, openQuestionItem, trueFalseItems, whichFamilyItem } from "./quiz-items";
import type { Concept, KnowledgeBase } from "./schema";

/**
 * Every card and quiz item of a knowledge base. Pure and deterministic: the same knowledge base
 * always yields the same items in the same order, byte for byte.
 */
export function generateItems(knowledgeBase: KnowledgeBase): StudyItem[] {
  const byId = new Map(knowledgeBase.concepts.map((concept) => [concept.id, concept]));
  const byTopic = new Map<string, Concept[]>();
  for (const concept of knowledgeBase.concepts) byTopic.set(concept.topic, [...(byTopic.get(concept.topic) ?? []), concept]);

  const perConcept = knowledgeBase.concepts.flatMap((concept) =>
    [
      ...cardItems(concept),
      multipleChoiceItem(concept, byId, byTopic.get(concept.topic) ?? []),
      ...trueFalseItems(concept),
      whichFamilyItem(concept),
      openQuestionItem(concept),
      ...metricItems(concept),
    ].filter((item): item is StudyItem => item !== null),
  );
  return [...perConcept, ...compareItems(knowledgeBase.concepts, byId)];
}
