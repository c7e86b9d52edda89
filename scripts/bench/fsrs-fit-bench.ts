// `npm run bench` (personal FSRS part): one learner with 100,000 daily-review grades over 10,000
// cards on SQLite (a simulated history that remembers worse than the defaults expect). Prints the
// whole "Fit my parameters" run (read the history, build the optimizer's items, the check fit, the
// scoring on held-out reviews, the full fit, saving), the held-out scores, and the longest the
// event loop went without serving anything meanwhile: the fit must not hold up other requests.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../../lib/data/db";
import { createUser } from "../../lib/data/users";
import { fitPersonalParameters, type FitPhase } from "../../lib/server/personal-fit";
import { insertSimulatedCards, insertSimulatedHistory } from "../../tests/support/simulated-history";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REVIEWS = 100_000;
const CARDS = 10_000;
const RUNS = 3;

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-fit-bench-"));
  try {
    const url = `file:${path.join(dir, "bench.db")}`;
    execFileSync(process.execPath, [path.join(ROOT, "scripts/db-migrate.mjs")], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
    const db = createDb(url);
    const user = await createUser(db, { email: "fit-bench@example.com", name: "Bench", passwordHash: null, timezone: "UTC" });
    const seeded = performance.now();
    const { reviews } = await insertSimulatedHistory(db, user.id, {
      cards: await insertSimulatedCards(db, CARDS),
      reviews: REVIEWS,
      newPerDay: 40,
      start: new Date("2025-06-01T08:00:00Z"),
      seed: 1,
      forgetfulness: 2,
    });
    console.log(`personal FSRS fit: ${reviews.toLocaleString("en")} daily-review grades over ${CARDS.toLocaleString("en")} cards, seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    for (let run = 1; run <= RUNS; run += 1) {
      // A 1 ms timer stands in for other requests: its worst lateness is the longest stall.
      let last = performance.now();
      let worstStall = 0;
      let worstStallPhase = "";
      let phase = "";
      const timer = setInterval(() => {
        const now = performance.now();
        if (now - last > worstStall) [worstStall, worstStallPhase] = [now - last, phase];
        last = now;
      }, 1);
      const phaseStarts = new Map<FitPhase, number>();
      const started = performance.now();
      const outcome = await fitPersonalParameters(db, user.id, { onProgress: (current) => {
        phase = current;
        if (!phaseStarts.has(current)) phaseStarts.set(current, performance.now() - started);
      } });
      const totalMs = performance.now() - started;
      clearInterval(timer);
      if (outcome.kind !== "fitted") throw new Error(`the fit did not run: ${outcome.missing}`);
      const { fit } = outcome;
      const phases = [...phaseStarts].map(([phase, at]) => `${phase} at ${(at / 1000).toFixed(2)} s`).join(", ");
      console.log(`  run ${run}: ${(totalMs / 1000).toFixed(2)} s in all (${phases}); event loop never stalled longer than ${worstStall.toFixed(0)} ms (while ${worstStallPhase})`);
      if (run === RUNS) {
        console.log(
          `  held out: latest ${fit.heldOutReviewCount.toLocaleString("en")} reviews; log loss ${fit.defaultLogLoss.toFixed(4)} default -> ${fit.fittedLogLoss.toFixed(4)} fitted; ` +
            `RMSE (bins) ${(fit.defaultRmseBins * 100).toFixed(2)}% -> ${(fit.fittedRmseBins * 100).toFixed(2)}%`,
        );
      }
    }
    await db.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
