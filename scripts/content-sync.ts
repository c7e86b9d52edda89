// `npm run content:sync` (also run by `npm start`): upserts the generated items into the database.
// Refuses to sync content with problems, so a typo never retires half the library.
import { formatProblem } from "../lib/domain/content/compile-knowledge-base";
import { generateItems } from "../lib/domain/content/generate-items";
import { syncContentItems } from "../lib/data/content-sync";
import { createDb } from "../lib/data/db";
import { loadKnowledgeBase } from "../lib/server/content-files";
import { serverEnv } from "../lib/server/env";

async function main() {
  const { knowledgeBase, problems } = loadKnowledgeBase();
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`content:sync: ${problems.length} content problem(s); nothing was synced (run npm run content:check).`);
    process.exit(1);
  }
  const db = createDb(serverEnv().databaseUrl);
  try {
    const counts = await syncContentItems(db, generateItems(knowledgeBase));
    console.log(
      `content:sync: ${counts.added} added, ${counts.updated} updated, ${counts.retired} retired, ${counts.unchanged} unchanged`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`content:sync failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
