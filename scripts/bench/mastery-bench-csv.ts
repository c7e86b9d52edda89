// Child of mastery-bench.ts: streams the review-log CSV of every log, as the export route does,
// into a counting sink, sampling the process's RSS to find its peak growth.
import { createDb } from "../../lib/data/db";
import { streamReviewLogCsv } from "../../lib/data/export/stream-review-log-csv";

async function main() {
  const [url, userId] = process.argv.slice(2);
  const db = createDb(url);
  await db.user.findFirst(); // open the connection outside the measurement
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let lines = 0;
  let bytes = 0;
  for await (const chunk of streamReviewLogCsv(db, userId)) {
    bytes += Buffer.byteLength(chunk);
    for (let index = chunk.indexOf("\n"); index >= 0; index = chunk.indexOf("\n", index + 1)) lines += 1;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await db.$disconnect();
  const growthMb = (peak - baseline) / 1024 / 1024;
  console.log(`review-log CSV export: ${(lines - 1).toLocaleString("en")} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(2)} s; peak RSS growth ${growthMb.toFixed(1)} MB`);
  console.log(`  targets < 10 s and < 100 MB: ${seconds < 10 && growthMb < 100 ? "met" : "NOT met"}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
