import { createScheduler, type SchedulerSettings } from "../scheduling/scheduler";
import { weakestConcepts, type CardStrength } from "../quiz/weak-spots";
import { cardRetrievability, isSeen } from "./card-retrievability";
import type { MasteryCard } from "./mastery-inputs";

export const WEAK_CONCEPT_LIMIT = 10;

export interface WeakConcept {
  conceptId: string;
  topic: string;
  /** Retrievability of the concept's weakest reviewed card, now; 0-1. */
  retrievability: number;
  /** Lapses summed over the concept's cards. */
  lapses: number;
}

/**
 * The dashboard's weakest concepts, weakest first. The ranking is the quiz's "weak spots" one
 * (weakestConcepts), fed the same way as the data layer feeds it (reviewed cards only), so the
 * dashboard lists exactly what "focus on my weak spots" would drill; this adds the figures shown.
 */
export function weakConcepts(cards: readonly MasteryCard[], settings: SchedulerSettings, now: Date, limit = WEAK_CONCEPT_LIMIT): WeakConcept[] {
  const curve = createScheduler(settings);
  const strengths: CardStrength[] = [];
  const details = new Map<string, WeakConcept>();
  for (const card of cards) {
    if (!isSeen(card)) continue;
    const retrievability = cardRetrievability(curve, card, now);
    strengths.push({ conceptId: card.conceptId, retrievability, lapses: card.lapses });
    const entry = details.get(card.conceptId);
    if (entry) {
      entry.retrievability = Math.min(entry.retrievability, retrievability);
      entry.lapses += card.lapses;
    } else {
      details.set(card.conceptId, { conceptId: card.conceptId, topic: card.topic, retrievability, lapses: card.lapses });
    }
  }
  return weakestConcepts(strengths, limit).map((conceptId) => details.get(conceptId) as WeakConcept);
}
