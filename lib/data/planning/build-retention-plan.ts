import type { Db } from "../db";
import { assembleRetentionPlan, planDeckOf, retentionGrid, simulateRetention, type RetentionOutcome, type RetentionPlan } from "../../domain/planning";
import { loadPlanInput } from "./load-plan-input";

const nextTurnOfTheEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LearnerRetentionPlan {
  plan: RetentionPlan;
  /** The learner's date of the plan's day 0 ("YYYY-MM-DD"). */
  startsOn: string;
}

/**
 * The learner's retention plan. The simulation is CPU work (about 30 ms per retention at 10,000
 * cards), so it runs one retention at a time and lets the event loop serve other requests in
 * between: no request waits behind the whole plan.
 */
export async function buildRetentionPlan(db: Db, userId: string, now: Date): Promise<LearnerRetentionPlan> {
  const { input, startsOn } = await loadPlanInput(db, userId, now);
  const deck = planDeckOf(input);
  const outcomes: RetentionOutcome[] = [];
  for (const retention of retentionGrid(input.settings.currentRetention)) {
    await nextTurnOfTheEventLoop();
    outcomes.push(simulateRetention(deck, retention));
  }
  return { plan: assembleRetentionPlan(deck, outcomes), startsOn };
}
