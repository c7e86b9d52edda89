import { buildAnkiPackage } from "@/lib/data/export/anki/build-anki-package";
import { learnerDownload } from "@/lib/server/learner-download";
import { masteryNames } from "@/lib/server/mastery-names";

/**
 * The signed-in learner's deck as an Anki package: notes for their review cards, the cards'
 * schedules and their review history as Anki's revlog. A zip is built whole, so it is one chunk.
 */
export async function GET() {
  return learnerDownload("ankiPackage", "application/apkg", async function* (db, userId, now) {
    yield await buildAnkiPackage(db, userId, { now, topics: masteryNames().topics });
  });
}
