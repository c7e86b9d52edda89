import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import { insertNewStates } from "./insert-new-states";
import { DAILY_REVIEW_KINDS, OPTIONAL_REVIEW_KINDS } from "../../domain/review/review-kinds";

const REVIEWABLE_KINDS = [...DAILY_REVIEW_KINDS, ...OPTIONAL_REVIEW_KINDS];

/**
 * Gives the user a New state row for every reviewable card they have none for, once per content
 * version. With a row per card, "which new card is next" is an index seek on
 * (userId, state, newPosition) instead of an anti-join over every card, which grows with the
 * number of cards a learner has already seen. Idempotent and safe to race (ON CONFLICT DO NOTHING).
 */
export async function materializeCardStates(db: Db, userId: string, materializedAt: Date | null, now: Date): Promise<void> {
  const latest = await db.card.findFirst({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } });
  if (!latest || (materializedAt && materializedAt >= latest.updatedAt)) return;

  await insertNewStates(db, userId, Prisma.sql`c."kind" IN (${Prisma.join(REVIEWABLE_KINDS)})`, now);
  await db.user.update({ where: { id: userId }, data: { cardsMaterializedAt: latest.updatedAt } });
}
