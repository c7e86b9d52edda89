import { cardFace } from "../../content/card-face";
import { itemKindLabel } from "../../content/item-kind-label";
import type { ItemPayload } from "../../content/item-types";
import { fieldChecksum, fieldHtml, noteGuid, stripHtml, tagsField } from "./anki-text";

/** Anki separates a note's fields with the unit separator. */
export const FIELD_SEPARATOR = "\x1f";
/** The note type's fields, in order; the first is the sort field and the checksum's source. */
export const NOTE_FIELD_NAMES = ["Front", "Back", "Kind", "Topic"] as const;

export interface AnkiNoteInput {
  cardId: string;
  conceptId: string;
  topic: string;
  topicTitle: string;
  kind: string;
  payload: ItemPayload;
  /** How often the card was reviewed: a metric card shows the numbers of its next appearance. */
  reps: number;
  isLeech: boolean;
  isRetired: boolean;
}

export interface AnkiNote {
  guid: string;
  flds: string;
  sfld: string;
  csum: number;
  tags: string;
}

/**
 * One card as an Anki note: the prompt and answer the review page shows (through cardFace, so a
 * cloze keeps its blank and a reverse card its definition-first front), the kind and the topic as
 * the page's header shows them, and tags for the topic and concept ("leech" is Anki's own tag).
 */
export function ankiNote(card: AnkiNoteInput): AnkiNote {
  const face = cardFace(card.cardId, card.payload, card.reps);
  const fields = [face.prompt, face.answer, itemKindLabel(card.kind), card.topicTitle].map(fieldHtml);
  const tags = [`topic::${card.topic}`, `concept::${card.conceptId}`, ...(card.isLeech ? ["leech"] : []), ...(card.isRetired ? ["retired"] : [])];
  return {
    guid: noteGuid(card.cardId),
    flds: fields.join(FIELD_SEPARATOR),
    sfld: stripHtml(fields[0]),
    csum: fieldChecksum(fields[0]),
    tags: tagsField(tags),
  };
}
