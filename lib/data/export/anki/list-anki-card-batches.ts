import type { Db } from "../../db";
import { keysetBatches } from "../keyset-batches";
import { cardStateExportSelect } from "../list-card-state-batches";

// The account export's state columns, and the card's own fields for the note.
const ankiCardSelect = {
  ...cardStateExportSelect,
  card: { select: { conceptId: true, topic: true, kind: true, payload: true, isRetired: true } },
} as const;

/**
 * The learner's cards of the given kinds with their states, in card id order, one array per
 * batch. A retired card (gone from the knowledge base) comes along only when it has reviews that
 * were not undone: its history then still counts for the learner's FSRS parameters in Anki.
 */
export function listAnkiCardBatches(db: Db, userId: string, kinds: readonly string[], batchSize: number) {
  return keysetBatches(
    (after: { cardId: string } | null, take) =>
      db.cardState.findMany({
        where: {
          userId,
          cardKind: { in: [...kinds] },
          OR: [{ isCardRetired: false }, { card: { logs: { some: { userId, deletedAt: null } } } }],
          ...(after ? { cardId: { gt: after.cardId } } : {}),
        },
        orderBy: { cardId: "asc" },
        take,
        select: ankiCardSelect,
      }),
    batchSize,
  );
}
