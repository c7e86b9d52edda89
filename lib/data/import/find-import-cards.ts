import type { Tx } from "../db";
import { InvalidInputError } from "../../domain/errors";
import type { AccountExport } from "./account-export-schema";
import { chunks } from "./chunks";

export interface ImportCard {
  kind: string;
  topic: string;
  isRetired: boolean;
  position: number;
}

/**
 * The Card rows every card id of the export refers to (states, logs and quiz questions), by id.
 * Throws InvalidInputError when any is missing: history of a card this server does not have
 * could never be shown or scheduled. Retired cards are fine; content sync keeps them.
 */
export async function findImportCards(tx: Tx, document: AccountExport): Promise<Map<string, ImportCard>> {
  const ids = new Set<string>();
  for (const row of document.cardStates) ids.add(row.cardId);
  for (const row of document.reviewLogs) ids.add(row.cardId);
  for (const quiz of document.quizzes) for (const question of quiz.questions) ids.add(question.cardId);

  const cards = new Map<string, ImportCard>();
  for (const chunk of chunks([...ids])) {
    const rows = await tx.card.findMany({
      where: { id: { in: chunk } },
      select: { id: true, kind: true, topic: true, isRetired: true, position: true },
    });
    for (const { id, ...card } of rows) cards.set(id, card);
  }
  const unknown = [...ids].filter((id) => !cards.has(id));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `The file refers to ${unknown.length} card${unknown.length === 1 ? "" : "s"} this server does not have (for example "${unknown[0]}"), so nothing was imported. Import it into a Recall ML server with the same knowledge base.`,
      unknown.slice(0, 20).map((id) => ({ path: "cardId", message: `Unknown card ${id}.` })),
    );
  }
  return cards;
}
