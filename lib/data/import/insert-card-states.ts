import type { Tx } from "../db";
import { CardStateValue } from "../../domain/scheduling/memory-state";
import type { AccountExport } from "./account-export-schema";
import { chunks } from "./chunks";
import type { ImportCard } from "./find-import-cards";

/**
 * Writes the exported card states for the user. The row id follows the materializeCardStates
 * convention (user id and card id), lastReviewMs is derived from lastReview, and the card copies
 * (kind, topic, retirement, and the position of cards not introduced yet, as content sync keeps
 * them) come from this server's Card table.
 */
export async function insertCardStates(tx: Tx, userId: string, rows: AccountExport["cardStates"], cards: Map<string, ImportCard>): Promise<number> {
  let count = 0;
  for (const chunk of chunks(rows)) {
    const data = chunk.map((row) => {
      const card = cards.get(row.cardId)!;
      return {
        ...row,
        id: `${userId}:${row.cardId}`,
        userId,
        lastReviewMs: row.lastReview ? row.lastReview.getTime() : null,
        cardKind: card.kind,
        cardTopic: card.topic,
        isCardRetired: card.isRetired,
        newPosition: row.state === CardStateValue.New ? card.position : row.newPosition,
      };
    });
    count += (await tx.cardState.createMany({ data })).count;
  }
  return count;
}
