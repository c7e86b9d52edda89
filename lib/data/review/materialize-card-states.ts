import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import { CardStateValue } from "../../domain/scheduling/memory-state";
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

  await db.$executeRaw`
    INSERT INTO "CardState" ("id", "userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "learningSteps", "reps", "lapses", "state", "isSuspended", "isLeech", "version", "newPosition", "cardKind", "cardTopic",
      "isCardRetired", "createdAt", "updatedAt")
    SELECT ${userId} || ':' || c."id", ${userId}, c."id", ${now}, 0, 0, 0, 0, 0, 0, 0, ${CardStateValue.New}, FALSE, FALSE, 0,
      c."position", c."kind", c."topic", FALSE, ${now}, ${now}
    FROM "Card" c
    WHERE c."isRetired" = FALSE AND c."kind" IN (${Prisma.join(REVIEWABLE_KINDS)})
      AND NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."cardId" = c."id")
    ON CONFLICT ("userId", "cardId") DO NOTHING`;
  await db.user.update({ where: { id: userId }, data: { cardsMaterializedAt: latest.updatedAt } });
}
