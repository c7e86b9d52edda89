import { z } from "zod";
import type { Db } from "../db";
import { ConflictError, NotFoundError } from "../../domain/errors";
import { newMemoryState } from "../../domain/scheduling/scheduler";
import { studyDayAt } from "../../domain/scheduling/study-day";
import { getLearnerContext } from "./learner-context";
import { cardCopyColumns, memoryStateColumns } from "./memory-state-row";
import type { LeechView } from "../../domain/review/leech-view";

export const CARD_ACTIONS = ["suspend", "unsuspend", "bury", "reset"] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export const cardActionSchema = z.strictObject({
  action: z.enum(CARD_ACTIONS, { error: `action must be one of: ${CARD_ACTIONS.join(", ")}.` }),
  /** The version the client saw; omitted by pages (Settings) that act on the latest state. */
  version: z.number().int().min(0).optional(),
});
export type CardActionInput = z.infer<typeof cardActionSchema>;

/**
 * Suspend, unsuspend, bury until the next study day, or reset (forget) one of the user's cards.
 * Review history is kept in every case. Returns the new state version.
 */
export async function applyCardAction(db: Db, userId: string, cardId: string, input: CardActionInput, now: Date): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const card = await tx.card.findFirst({ where: { id: cardId, isRetired: false }, select: { id: true, kind: true, topic: true, position: true } });
    if (!card) throw new NotFoundError("Card not found.");
    const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { id: true, version: true } });
    const currentVersion = row?.version ?? 0;
    if (input.version !== undefined && input.version !== currentVersion) {
      throw new ConflictError("This card was changed in another tab or on another device; it has been reloaded.");
    }
    const context = await getLearnerContext(tx, userId);
    const data = changesFor(input.action, now, studyDayAt(now, context.timezone, context.dayStartHour).endsAt);
    const version = currentVersion + 1;
    if (row) {
      const updated = await tx.cardState.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version } });
      if (updated.count !== 1) throw new ConflictError("This card was changed meanwhile; try again.");
    } else {
      await tx.cardState.create({ data: { userId, cardId, ...memoryStateColumns(newMemoryState(now)), ...data, version, ...cardCopyColumns(card) } });
    }
    return { version };
  });
}

function changesFor(action: CardAction, now: Date, nextDayStartsAt: Date) {
  switch (action) {
    case "suspend":
      return { isSuspended: true };
    case "unsuspend":
      return { isSuspended: false, isLeech: false };
    case "bury":
      return { buriedUntil: nextDayStartsAt };
    case "reset":
      // Forget: back to New with counts cleared, as ts-fsrs forget(reset_count) does.
      return { ...memoryStateColumns(newMemoryState(now)), buriedUntil: null, isLeech: false };
  }
}

/** The user's leeches: cards suspended after too many lapses, to rewrite or unsuspend. */
export async function listLeeches(db: Db, userId: string): Promise<LeechView[]> {
  const rows = await db.cardState.findMany({
    where: { userId, isLeech: true },
    orderBy: { lapses: "desc" },
    select: { cardId: true, lapses: true, card: { select: { conceptId: true, kind: true, payload: true } } },
  });
  return rows.map((row) => ({
    cardId: row.cardId,
    conceptId: row.card.conceptId,
    kind: row.card.kind,
    prompt: (JSON.parse(row.card.payload) as { prompt: string }).prompt,
    lapses: row.lapses,
  }));
}
