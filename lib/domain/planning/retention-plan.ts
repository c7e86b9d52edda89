import type { PlanDeck } from "./plan-deck";
import type { RatingBehaviour } from "./plan-input";
import { isSameRetention } from "./retention-grid";
import type { RetentionOutcome } from "./simulate-retention";

// The plan the page shows: every simulated retention, the learner's current one and the one that
// costs the fewest grades per concept retained (the idea of Anki's "compute minimum recommended
// retention": total workload divided by what is remembered when the simulation ends).

export interface RetentionPlan {
  horizonDays: number;
  /** Days on which retainedBySample is measured. */
  sampleDays: number[];
  cardCount: number;
  conceptCount: number;
  /** Cards never reviewed yet, and how many of them the new-card limit brings in within the horizon. */
  unseenCardCount: number;
  introducedCardCount: number;
  /** Expected retained concepts now (the same at every retention). */
  retainedNow: number;
  behaviour: RatingBehaviour;
  /** Ascending by desired retention. */
  points: RetentionOutcome[];
  currentRetention: number;
  /** The point with the fewest grades per retained concept; null when no point retains anything. */
  optimumRetention: number | null;
}

/** Ties go to the lower retention: the same efficiency for fewer reviews. */
export function optimumRetentionOf(points: readonly RetentionOutcome[]): number | null {
  let best: RetentionOutcome | null = null;
  for (const point of points) {
    if (point.reviewsPerRetainedConcept === null) continue;
    if (!best || point.reviewsPerRetainedConcept < (best.reviewsPerRetainedConcept as number)) best = point;
  }
  return best ? best.desiredRetention : null;
}

export function assembleRetentionPlan(deck: PlanDeck, outcomes: readonly RetentionOutcome[]): RetentionPlan {
  const points = [...outcomes].sort((a, b) => a.desiredRetention - b.desiredRetention);
  const currentRetention = deck.input.settings.currentRetention;
  if (!points.some((point) => isSameRetention(point.desiredRetention, currentRetention))) {
    throw new Error(`retention plan: the current retention ${currentRetention} was not simulated`);
  }
  const unseenCardCount = deck.newOrder.length;
  return {
    horizonDays: deck.horizonDays,
    sampleDays: deck.sampleDays,
    cardCount: deck.cardCount,
    conceptCount: deck.conceptCount,
    unseenCardCount,
    introducedCardCount: Math.min(unseenCardCount, deck.horizonDays * deck.input.settings.newCardsPerDay),
    retainedNow: points[0]?.retainedBySample[0] ?? 0,
    behaviour: deck.input.behaviour,
    points,
    currentRetention,
    optimumRetention: optimumRetentionOf(points),
  };
}
