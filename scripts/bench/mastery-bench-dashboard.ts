// Child of mastery-bench.ts: the /mastery page's server data (loadMasteryDashboard), repeatedly.
import { createDb } from "../../lib/data/db";
import { loadMasteryDashboard } from "../../lib/data/mastery/load-mastery-dashboard";
import { TOPICS } from "../../lib/domain/content/schema";
import { summary } from "./bench-stats";

const RUNS = 40;
const WARMUP = 5;
const NAMES = { topics: TOPICS.map((id) => ({ id, title: id })), conceptTitle: (id: string) => id };

async function main() {
  const [url, userId, nowMs] = process.argv.slice(2);
  const db = createDb(url);
  const samples: number[] = [];
  let reviews = 0;
  for (let run = 0; run < RUNS + WARMUP; run++) {
    // A minute later each view, as a learner reloading the page would see it.
    const now = new Date(Number(nowMs) + run * 60_000);
    const started = performance.now();
    const dashboard = await loadMasteryDashboard(db, userId, now, NAMES);
    if (run >= WARMUP) samples.push(performance.now() - started);
    reviews = dashboard.calendar.days.reduce((sum, day) => sum + day.reviewCount, 0);
  }
  await db.$disconnect();
  const s = summary(samples);
  console.log(`/mastery server data (${RUNS} views after ${WARMUP} warm-up; ${reviews.toLocaleString("en")} reviews in the heatmap): median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`);
  console.log(`  target < 150 ms: ${s.p95 < 150 ? "met" : "NOT met"}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
