/** A card suspended as a leech, as Settings lists it. */
export interface LeechView {
  cardId: string;
  conceptId: string;
  kind: string;
  prompt: string;
  lapses: number;
}
