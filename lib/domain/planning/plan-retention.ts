import { planDeckOf } from "./plan-deck";
import type { PlanInput } from "./plan-input";
import { retentionGrid } from "./retention-grid";
import { assembleRetentionPlan, type RetentionPlan } from "./retention-plan";
import { simulateRetention } from "./simulate-retention";

/**
 * The whole plan in one call: every retention of the grid (and the learner's own) simulated over
 * the horizon. Same input and seed, same plan. A server that must stay responsive runs the pieces
 * itself (planDeckOf, then simulateRetention per retention, then assembleRetentionPlan), yielding between them.
 */
export function planRetention(input: PlanInput, horizonDays?: number): RetentionPlan {
  const deck = planDeckOf(input, horizonDays);
  const outcomes = retentionGrid(input.settings.currentRetention).map((retention) => simulateRetention(deck, retention));
  return assembleRetentionPlan(deck, outcomes);
}
