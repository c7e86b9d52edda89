// Run by `npm start` after the migrations: builds the mastery dashboard's aggregates for learners
// whose history was written before they existed. Does nothing (one query) once all are built.
import { backfillMasteryAggregates } from "../lib/data/mastery/backfill-mastery";
import { createDb } from "../lib/data/db";
import { serverEnv } from "../lib/server/env";

async function main() {
  const db = createDb(serverEnv().databaseUrl);
  try {
    const started = performance.now();
    const learners = await backfillMasteryAggregates(db, new Date());
    if (learners > 0) console.log(`mastery:backfill: rebuilt the dashboard aggregates of ${learners} learner(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`mastery:backfill failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
