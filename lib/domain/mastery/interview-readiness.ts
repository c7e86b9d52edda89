import { createScheduler, type SchedulerSettings } from "../scheduling/scheduler";
import { cardRetrievability } from "./card-retrievability";
import type { MasteryCard } from "./mastery-inputs";

export const READINESS_HORIZON_DAYS = 7;

export interface TopicReadiness {
  topic: string;
  /** Mean over the topic's concepts of their cards' mean retrievability (unseen cards 0); 0-1. */
  readinessNow: number;
  /** The same a week from now if the learner reviews nothing until then. */
  readinessInAWeek: number;
}

/**
 * Per topic (sorted by topic id), how ready the learner is to be asked about it, and what a week
 * without reviews would cost. Concepts weigh equally, whatever their number of cards: an interviewer
 * asks about concepts, and a concept with six card kinds should not outweigh one with two.
 */
export function interviewReadiness(cards: readonly MasteryCard[], settings: SchedulerSettings, now: Date): TopicReadiness[] {
  const curve = createScheduler(settings);
  const later = new Date(now.getTime() + READINESS_HORIZON_DAYS * 86_400_000);

  const byTopic = new Map<string, Map<string, { now: number; later: number; cardCount: number }>>();
  for (const card of cards) {
    let concepts = byTopic.get(card.topic);
    if (!concepts) {
      concepts = new Map();
      byTopic.set(card.topic, concepts);
    }
    const concept = concepts.get(card.conceptId) ?? { now: 0, later: 0, cardCount: 0 };
    concept.now += cardRetrievability(curve, card, now);
    concept.later += cardRetrievability(curve, card, later);
    concept.cardCount += 1;
    concepts.set(card.conceptId, concept);
  }

  return [...byTopic]
    .map(([topic, concepts]) => {
      let sumNow = 0;
      let sumLater = 0;
      for (const concept of concepts.values()) {
        sumNow += concept.now / concept.cardCount;
        sumLater += concept.later / concept.cardCount;
      }
      return { topic, readinessNow: sumNow / concepts.size, readinessInAWeek: sumLater / concepts.size };
    })
    .sort((a, b) => a.topic.localeCompare(b.topic));
}
