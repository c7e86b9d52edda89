import { normaliseName, namesOf } from "./concept-names";
import { contentHashOf, itemId } from "./item-id";
import type { ItemPayload, StudyItem } from "./item-types";
import type { Concept } from "./schema";

export const CLOZE_BLANK = "[…]";

export function makeItem(concept: Concept, id: string, payload: ItemPayload): StudyItem {
  return { id, conceptId: concept.id, topic: concept.topic, kind: payload.kind, payload, contentHash: contentHashOf(payload, concept.topic) };
}

/**
 * Term -> definition, definition -> term, and the definition with its key word blanked. The blank
 * replaces the word itself, never part of a longer one; content:check guarantees it occurs once.
 * `conceptsByName` lets a blanked word that names a concept accept that concept's other names.
 */
export function cardItems(concept: Concept, conceptsByName: ReadonlyMap<string, Concept>): StudyItem[] {
  const escaped = concept.cloze.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const blanked = concept.definition.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu"), CLOZE_BLANK);
  const named = conceptsByName.get(normaliseName(concept.cloze));
  const accepted = [...new Set([concept.cloze, ...(named ? namesOf(named) : [])])];
  return [
    makeItem(concept, itemId(concept.id, "basic"), { kind: "basic", prompt: concept.term, answer: concept.definition }),
    makeItem(concept, itemId(concept.id, "reverse"), { kind: "reverse", prompt: concept.definition, answer: concept.term }),
    makeItem(concept, itemId(concept.id, "cloze"), {
      kind: "cloze",
      term: concept.term,
      prompt: `${concept.term}: ${blanked}`,
      answer: concept.cloze,
      accepted,
    }),
  ];
}
