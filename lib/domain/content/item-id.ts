import { createHash } from "node:crypto";
import type { ItemKind, ItemPayload } from "./item-types";

/**
 * The stable id of a generated item: concept id, kind and variant, never text. Editing a
 * definition therefore keeps the id, and with it every learner's history of the item.
 */
export function itemId(conceptId: string, kind: ItemKind, variant: string | number = 0): string {
  return `${conceptId}:${kind}:${variant}`;
}

/** A short digest of what the learner sees; a changed hash means the stored item is updated in place. */
export function contentHashOf(payload: ItemPayload, topic: string): string {
  return createHash("sha256").update(JSON.stringify({ topic, payload })).digest("hex").slice(0, 16);
}

/** The concept an item id belongs to: concept ids are kebab-case, so the id's first ":" ends it. */
export function conceptIdOfItem(id: string): string {
  const end = id.indexOf(":");
  return end < 0 ? id : id.slice(0, end);
}
