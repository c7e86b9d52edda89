import { Prisma } from "../generated/prisma/client";
import type { RawQueryable } from "../direct-sql";
import { CardStateValue } from "../../domain/scheduling/memory-state";

/**
 * Gives the user a New state row (as ts-fsrs createEmptyCard would) for each card matching
 * `cardWhere` (a condition on Card aliased c) that has none yet; existing rows are left alone.
 * Portable SQL: INSERT ... SELECT with ON CONFLICT DO NOTHING works in SQLite and PostgreSQL.
 */
export async function insertNewStates(db: RawQueryable, userId: string, cardWhere: Prisma.Sql, now: Date): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "CardState" ("id", "userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "learningSteps", "reps", "lapses", "state", "isSuspended", "isLeech", "version", "newPosition", "cardKind", "cardTopic",
      "isCardRetired", "createdAt", "updatedAt")
    SELECT ${userId} || ':' || c."id", ${userId}, c."id", ${now}, 0, 0, 0, 0, 0, 0, 0, ${CardStateValue.New}, FALSE, FALSE, 0,
      c."position", c."kind", c."topic", FALSE, ${now}, ${now}
    FROM "Card" c
    WHERE c."isRetired" = FALSE AND ${cardWhere}
      AND NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."cardId" = c."id")
    ON CONFLICT ("userId", "cardId") DO NOTHING`;
}
