import type { Queryable } from "../db";
import { SIBLING_KINDS } from "../../domain/review/review-kinds";
import { newMemoryState } from "../../domain/scheduling/scheduler";
import { memoryStateColumns } from "./memory-state-row";

/**
 * Buries the other basic/reverse/cloze cards of a concept until the next study day, so one card
 * does not give away another's answer (Anki's sibling burying). New siblings get a state row that
 * is still New but buried. Returns the ids buried, so undo can lift exactly these burials.
 */
export async function burySiblings(
  tx: Queryable,
  userId: string,
  card: { id: string; conceptId: string; kind: string },
  until: Date,
  now: Date,
): Promise<string[]> {
  if (!SIBLING_KINDS.includes(card.kind as never)) return [];
  const siblings = await tx.card.findMany({
    where: { conceptId: card.conceptId, kind: { in: [...SIBLING_KINDS] }, id: { not: card.id }, isRetired: false },
    select: {
      id: true,
      position: true,
      states: { where: { userId }, select: { id: true, due: true, isSuspended: true, buriedUntil: true } },
    },
  });
  const buried: string[] = [];
  for (const sibling of siblings) {
    const state = sibling.states[0];
    if (!state) {
      await tx.cardState.create({
        data: { userId, cardId: sibling.id, ...memoryStateColumns(newMemoryState(now)), buriedUntil: until, version: 1, newPosition: sibling.position },
      });
      buried.push(sibling.id);
    } else if (!state.isSuspended && state.due < until && !(state.buriedUntil && state.buriedUntil >= until)) {
      await tx.cardState.update({ where: { id: state.id }, data: { buriedUntil: until, version: { increment: 1 } } });
      buried.push(sibling.id);
    }
  }
  return buried;
}
