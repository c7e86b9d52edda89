import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { StudyItem } from "@/lib/domain/content/item-types";

/**
 * The 2,425 items the first edition of the knowledge base generated (commit f09120f), exactly as
 * content:sync wrote them. Learners' history hangs on these ids, so later editions must keep them.
 */
export function firstEditionItems(): StudyItem[] {
  const file = path.resolve(__dirname, "../fixtures/first-edition-items.json.gz");
  return JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as StudyItem[];
}
