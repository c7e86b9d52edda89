import type { Db } from "./db";
import { Prisma } from "./generated/prisma/client";
import type { StudyItem } from "../domain/content/item-types";

export interface SyncCounts {
  added: number;
  updated: number;
  retired: number;
  unchanged: number;
}

/**
 * Makes the Card table match the generated items, in one transaction and idempotently: new ids are
 * inserted, items whose content hash or position changed (or that come back after removal) are
 * updated in place, and ids no longer generated are retired, never deleted, so review history survives.
 */
export async function syncContentItems(db: Db, items: readonly StudyItem[]): Promise<SyncCounts> {
  return db.$transaction(async (tx) => {
    const existing = new Map(
      (await tx.card.findMany({ select: { id: true, contentHash: true, isRetired: true, position: true } })).map((card) => [card.id, card]),
    );
    const counts: SyncCounts = { added: 0, updated: 0, retired: 0, unchanged: 0 };
    const changedIds: string[] = [];
    const toCreate = [];
    for (const [position, item] of items.entries()) {
      const row = {
        position,
        conceptId: item.conceptId,
        topic: item.topic,
        kind: item.kind,
        payload: JSON.stringify(item.payload),
        contentHash: item.contentHash,
        isRetired: false,
      };
      const stored = existing.get(item.id);
      if (!stored) {
        toCreate.push({ id: item.id, ...row });
      } else if (stored.contentHash !== item.contentHash || stored.isRetired || stored.position !== position) {
        changedIds.push(item.id);
        await tx.card.update({ where: { id: item.id }, data: row });
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    if (toCreate.length > 0) counts.added = (await tx.card.createMany({ data: toCreate })).count;

    const generated = new Set(items.map((item) => item.id));
    const toRetire = [...existing.values()].filter((card) => !card.isRetired && !generated.has(card.id)).map((card) => card.id);
    for (const chunk of chunks(toRetire)) {
      counts.retired += (await tx.card.updateMany({ where: { id: { in: chunk } }, data: { isRetired: true } })).count;
    }
    // Learners' state rows carry copies of topic, retirement and (for cards not yet introduced)
    // position; refresh them for every card that changed.
    for (const chunk of chunks([...changedIds, ...toRetire])) {
      await tx.$executeRaw`
        UPDATE "CardState" SET
          "cardTopic" = (SELECT c."topic" FROM "Card" c WHERE c."id" = "CardState"."cardId"),
          "isCardRetired" = (SELECT c."isRetired" FROM "Card" c WHERE c."id" = "CardState"."cardId"),
          "newPosition" = CASE WHEN "state" = 0 THEN (SELECT c."position" FROM "Card" c WHERE c."id" = "CardState"."cardId") ELSE "newPosition" END
        WHERE "cardId" IN (${Prisma.join(chunk)})`;
    }
    return counts;
  });
}

// Statements stay under SQLite's bound-parameter limit.
function chunks<T>(values: readonly T[], size = 500): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) result.push(values.slice(start, start + size));
  return result;
}
