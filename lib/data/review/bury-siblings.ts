import { Prisma } from "../generated/prisma/client";
import type { RawQueryable } from "../direct-sql";
import { insertNewStates } from "./insert-new-states";
import { SIBLING_KINDS } from "../../domain/review/review-kinds";

/**
 * Buries the other basic/reverse/cloze cards of a concept until the next study day, so one card
 * does not give away another's answer (Anki's sibling burying). Siblings without a state row get a
 * New one first, so a new sibling is buried too. Returns the ids buried, so undo can lift exactly
 * these burials. Two statements whatever the number of siblings: this runs on every grade.
 */
export async function burySiblings(
  tx: RawQueryable,
  userId: string,
  card: { id: string; conceptId: string; kind: string },
  until: Date,
  now: Date,
): Promise<string[]> {
  if (!SIBLING_KINDS.includes(card.kind as never)) return [];
  const siblingKinds = Prisma.join(SIBLING_KINDS.filter((kind) => kind !== card.kind));
  const isSibling = Prisma.sql`c."conceptId" = ${card.conceptId} AND c."kind" IN (${siblingKinds})`;
  await insertNewStates(tx, userId, isSibling, now);
  const buried = await tx.$queryRaw<{ cardId: string }[]>`
    UPDATE "CardState" SET "buriedUntil" = ${until}, "version" = "version" + 1, "updatedAt" = ${now}
    WHERE "userId" = ${userId} AND "isSuspended" = FALSE AND "due" < ${until}
      AND ("buriedUntil" IS NULL OR "buriedUntil" < ${until})
      AND "cardId" IN (SELECT c."id" FROM "Card" c WHERE ${isSibling} AND c."isRetired" = FALSE)
    RETURNING "cardId"`;
  return buried.map((row) => row.cardId).sort();
}
