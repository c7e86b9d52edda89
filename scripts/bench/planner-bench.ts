// `npm run bench` (planner part): the retention planner's whole simulation (every desired
// retention of the grid, 365 days) over 10,000 synthetic cards: 8,000 review cards due between 30
// days ago and 60 days ahead, 500 in learning and 1,500 unseen, 20 new cards a day, 200 reviews a
// day at most, the FSRS-6 default weights. Pure computation, no database: the loader's part is
// measured by its integration test. Prints the median of a few runs against the 2 s target.
import { planDeckOf, retentionGrid, simulateRetention, assembleRetentionPlan, DEFAULT_RATING_BEHAVIOUR, type PlanCard, type PlanInput } from "../../lib/domain/planning";
import { randomFrom } from "../../lib/domain/content/seeded-random";

const CARD_COUNT = 10_000;
const RUNS = 5;
const DAY_MS = 86_400_000;
const NOW = new Date("2026-11-25T10:00:00Z");

export function syntheticCards(count: number, now: Date, seed = 7): PlanCard[] {
  const random = randomFrom(seed);
  return Array.from({ length: count }, (_, index) => {
    const conceptId = `concept-${Math.floor(index / 3)}`;
    const share = index / count;
    if (share >= 0.85) return { conceptId, state: 0, stability: 0, difficulty: 0, due: now, lastReview: null };
    if (share >= 0.8) {
      const lastReview = new Date(now.getTime() - random() * 3_600_000);
      return { conceptId, state: 1, stability: 0.5 + random() * 2, difficulty: 4 + random() * 4, due: new Date(lastReview.getTime() + 600_000), lastReview };
    }
    const stability = 2 + random() * 120;
    const due = new Date(now.getTime() + (random() * 90 - 30) * DAY_MS);
    const lastReview = new Date(due.getTime() - Math.max(1, stability) * DAY_MS);
    return { conceptId, state: 2, stability, difficulty: 2 + random() * 7, due, lastReview };
  });
}

function benchInput(): PlanInput {
  return {
    cards: syntheticCards(CARD_COUNT, NOW),
    settings: { currentRetention: 0.9, maximumIntervalDays: 36500, newCardsPerDay: 20, reviewsPerDay: 200, learningStepCount: 2, relearningStepCount: 1 },
    behaviour: DEFAULT_RATING_BEHAVIOUR,
    now: NOW,
    seed: 42,
  };
}

function main() {
  const input = benchInput();
  const grid = retentionGrid(input.settings.currentRetention);
  const times: number[] = [];
  let perRetentionMs: number[] = [];
  let plan: ReturnType<typeof assembleRetentionPlan> | null = null;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const deck = planDeckOf(input);
    perRetentionMs = [];
    const outcomes = grid.map((retention) => {
      const pieceStarted = performance.now();
      const outcome = simulateRetention(deck, retention);
      perRetentionMs.push(performance.now() - pieceStarted);
      return outcome;
    });
    plan = assembleRetentionPlan(deck, outcomes);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const longestPiece = Math.max(...perRetentionMs);
  console.log(
    `retention planner, ${CARD_COUNT.toLocaleString("en")} cards, ${grid.length} retentions x 365 days: median ${(median / 1000).toFixed(2)} s of ${RUNS} runs (min ${(sorted[0] / 1000).toFixed(2)}, max ${(sorted[sorted.length - 1] / 1000).toFixed(2)}); longest single retention ${longestPiece.toFixed(0)} ms`,
  );
  console.log(`  target < 2 s: ${median < 2000 ? "met" : "NOT met"}`);
  if (plan) {
    const at = (retention: number) => plan!.points.find((point) => Math.abs(point.desiredRetention - retention) < 1e-9)!;
    for (const retention of [0.7, 0.8, 0.9, 0.97]) {
      const point = at(retention);
      console.log(`  ${retention.toFixed(2)}: ${(point.totalReviews / 365).toFixed(1)} grades/day, ${point.retainedAtEnd.toFixed(0)} concepts retained at day 365, ${point.reviewsPerRetainedConcept?.toFixed(2)} grades per retained concept`);
    }
    console.log(`  optimum ${plan.optimumRetention?.toFixed(2)}`);
  }
}

main();
