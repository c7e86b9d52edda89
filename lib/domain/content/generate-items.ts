import { cardItems } from "./card-items";
import { conceptHierarchy } from "./concept-hierarchy";
import { namesOf, normaliseName } from "./concept-names";
import type { StudyItem } from "./item-types";
import { metricItems } from "./metric-items";
import { compareItems, multipleChoiceItem, openQuestionItem, trueFalseItems, whichFamilyItem } from "./quiz-items";
import type { Concept, KnowledgeBase } from "./schema";

/**
 * Every card and quiz item of a knowledge base. Pure and deterministic: the same knowledge base
 * always yields the same items in the same order, byte for byte.
 */
export function generateItems(knowledgeBase: KnowledgeBase): StudyItem[] {
  const byId = new Map(knowledgeBase.concepts.map((concept) => [concept.id, concept]));
  const byName = new Map(knowledgeBase.concepts.flatMap((concept) => namesOf(concept).map((name) => [normaliseName(name), concept] as const)));
  const byTopic = new Map<string, Concept[]>();
  for (const concept of knowledgeBase.concepts) byTopic.set(concept.topic, [...(byTopic.get(concept.topic) ?? []), concept]);
  const hierarchy = conceptHierarchy(knowledgeBase.concepts);

  const perConcept = knowledgeBase.concepts.flatMap((concept) =>
    [
      ...cardItems(concept, byName),
      multipleChoiceItem(concept, byId, byTopic.get(concept.topic) ?? [], hierarchy),
      ...trueFalseItems(concept),
      whichFamilyItem(concept),
      openQuestionItem(concept),
      ...metricItems(concept),
    ].filter((item): item is StudyItem => item !== null),
  );
  return [...perConcept, ...compareItems(knowledgeBase.concepts, byId)];
}
