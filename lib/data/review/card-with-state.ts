import type { RawQueryable } from "../direct-sql";
import type { MemoryState } from "../../domain/scheduling/memory-state";
import { memoryStateFromRawRow } from "./memory-state-row";

export interface GradableCard {
  id: string;
  conceptId: string;
  kind: string;
  topic: string;
  position: number;
}

export interface StoredState {
  id: string;
  version: number;
  isSuspended: boolean;
  isLeech: boolean;
  memory: MemoryState;
}

type Row = {
  id: string;
  conceptId: string;
  kind: string;
  topic: string;
  position: number | bigint;
  stateId: string | null;
  version: number | bigint | null;
  isSuspended: boolean | number | bigint | null;
  isLeech: boolean | number | bigint | null;
} & Partial<Record<keyof MemoryState, unknown>>;

/**
 * A live card and the learner's state row for it (null when they have none yet), in one
 * statement: a grade reads both, and this runs on every grade.
 */
export async function findCardWithState(db: RawQueryable, userId: string, cardId: string): Promise<{ card: GradableCard | null; row: StoredState | null }> {
  const [found] = await db.$queryRaw<Row[]>`
    SELECT c."id", c."conceptId", c."kind", c."topic", c."position", s."id" AS "stateId", s."version", s."isSuspended", s."isLeech",
      s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."state", s."lastReview"
    FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ${userId}
    WHERE c."id" = ${cardId} AND c."isRetired" = FALSE`;
  if (!found) return { card: null, row: null };
  const card = { id: found.id, conceptId: found.conceptId, kind: found.kind, topic: found.topic, position: Number(found.position) };
  if (found.stateId === null) return { card, row: null };
  return {
    card,
    row: {
      id: found.stateId,
      version: Number(found.version),
      isSuspended: Boolean(Number(found.isSuspended)),
      isLeech: Boolean(Number(found.isLeech)),
      memory: memoryStateFromRawRow(found),
    },
  };
}
