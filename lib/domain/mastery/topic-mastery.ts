import { createScheduler, type SchedulerSettings } from "../scheduling/scheduler";
import { studyDayAt } from "../scheduling/study-day";
import { cardRetrievability, isSeen } from "./card-retrievability";
import type { MasteryCard } from "./mastery-inputs";

export interface TopicMastery {
  topic: string;
  /** Concepts with at least one reviewed card. */
  conceptsSeen: number;
  conceptsTotal: number;
  cardCount: number;
  /** Mean current retrievability over all the topic's cards, unseen cards counting 0; 0-1. */
  mastery: number;
  /** Reviewed cards due before today's study day ends, overdue ones included. */
  dueToday: number;
  /** Reviewed cards due during tomorrow's study day. */
  dueTomorrow: number;
}

/**
 * Per topic (sorted by topic id), how much of it the learner has seen and how much they would
 * recall now. Unseen cards count 0 so that a topic barely started cannot look mastered. Due counts
 * leave out new cards (they are introduced by the daily new-card limit, not "due") and suspended
 * ones (the queue never shows them); suspended cards still count in mastery, which they decay from.
 */
export function topicMastery(
  cards: readonly MasteryCard[],
  settings: SchedulerSettings,
  now: Date,
  timezone: string,
  dayStartHour: number,
): TopicMastery[] {
  const curve = createScheduler(settings);
  const today = studyDayAt(now, timezone, dayStartHour);
  const todayEndMs = today.endsAt.getTime();
  const tomorrowEndMs = studyDayAt(today.endsAt, timezone, dayStartHour).endsAt.getTime();

  const byTopic = new Map<string, { sum: number; cardCount: number; dueToday: number; dueTomorrow: number; concepts: Map<string, boolean> }>();
  for (const card of cards) {
    let entry = byTopic.get(card.topic);
    if (!entry) {
      entry = { sum: 0, cardCount: 0, dueToday: 0, dueTomorrow: 0, concepts: new Map() };
      byTopic.set(card.topic, entry);
    }
    const seen = isSeen(card);
    entry.cardCount += 1;
    entry.sum += cardRetrievability(curve, card, now);
    entry.concepts.set(card.conceptId, (entry.concepts.get(card.conceptId) ?? false) || seen);
    if (seen && !card.isSuspended) {
      const dueMs = card.due.getTime();
      if (dueMs < todayEndMs) entry.dueToday += 1;
      else if (dueMs < tomorrowEndMs) entry.dueTomorrow += 1;
    }
  }

  return [...byTopic]
    .map(([topic, entry]) => ({
      topic,
      conceptsSeen: [...entry.concepts.values()].filter(Boolean).length,
      conceptsTotal: entry.concepts.size,
      cardCount: entry.cardCount,
      mastery: entry.sum / entry.cardCount,
      dueToday: entry.dueToday,
      dueTomorrow: entry.dueTomorrow,
    }))
    .sort((a, b) => a.topic.localeCompare(b.topic));
}
