// Child of mastery-bench.ts: builds the dashboard aggregates from the 1,000,000 seeded logs, as
// an import or the start-up backfill does (the seed writes logs, not aggregates).
import { createDb } from "../../lib/data/db";
import { getLearnerContext } from "../../lib/data/review/learner-context";
import { listLiveMasteryLogs } from "../../lib/data/mastery/list-live-logs";
import { rebuildMasteryAggregates } from "../../lib/data/mastery/rebuild-mastery-aggregates";

async function main() {
  const [url, userId, nowMs] = process.argv.slice(2);
  const db = createDb(url);
  const started = performance.now();
  const context = await getLearnerContext(db, userId);
  const logs = await listLiveMasteryLogs(db, userId);
  const read = performance.now();
  await db.$transaction((tx) => rebuildMasteryAggregates(tx, userId, context, logs, new Date(Number(nowMs))), { timeout: 600_000 });
  const done = performance.now();
  const rows = await db.reviewDayCount.count({ where: { userId } });
  const weeks = await db.topicWeekMastery.count({ where: { userId } });
  await db.$disconnect();
  console.log(
    `aggregates rebuilt from ${logs.length.toLocaleString("en")} logs in ${((done - started) / 1000).toFixed(1)} s (reading the logs ${((read - started) / 1000).toFixed(1)} s): ${rows.toLocaleString("en")} day rows, ${weeks} week snapshots`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
