import { contentHashOf, itemId } from "./item-id";
import type { ItemPayload, StudyItem } from "./item-types";
import type { Concept } from "./schema";

export const CLOZE_BLANK = "[…]";

export function makeItem(concept: Concept, id: string, payload: ItemPayload): StudyItem {
  return { id, conceptId: concept.id, topic: concept.topic, kind: payload.kind, payload, contentHash: contentHashOf(payload, concept.topic) };
}

/** Term -> definition, definition -> term, and the definition with its key phrase blanked. */
export function cardItems(concept: Concept): StudyItem[] {
  const blanked = concept.definition.replace(concept.cloze, CLOZE_BLANK);
  return [
    makeItem(concept, itemId(concept.id, "basic"), { kind: "basic", prompt: concept.term, answer: concept.definition }),
    makeItem(concept, itemId(concept.id, "reverse"), { kind: "reverse", prompt: concept.definition, answer: concept.term }),
    makeItem(concept, itemId(concept.id, "cloze"), {
      kind: "cloze",
      term: concept.term,
      prompt: `${concept.term}: ${blanked}`,
      answer: concept.cloze,
    }),
  ];
}
