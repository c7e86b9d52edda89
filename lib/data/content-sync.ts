import type { Db } from "./db";
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
    let hasReordered = false;
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
        hasReordered ||= stored.position !== position;
        await tx.card.update({ where: { id: item.id }, data: row });
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    if (toCreate.length > 0) counts.added = (await tx.card.createMany({ data: toCreate })).count;

    const generated = new Set(items.map((item) => item.id));
    const toRetire = [...existing.values()].filter((card) => !card.isRetired && !generated.has(card.id)).map((card) => card.id);
    // Chunked so the statement stays under SQLite's bound-parameter limit.
    for (let start = 0; start < toRetire.length; start += 500) {
      const chunk = toRetire.slice(start, start + 500);
      counts.retired += (await tx.card.updateMany({ where: { id: { in: chunk } }, data: { isRetired: true } })).count;
    }
    if (hasReordered) {
      // Cards not yet introduced follow the new content order.
      await tx.$executeRaw`UPDATE "CardState" SET "newPosition" = (SELECT c."position" FROM "Card" c WHERE c."id" = "CardState"."cardId") WHERE "state" = 0`;
    }
    return counts;
  });
}
