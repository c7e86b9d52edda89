import type { SchedulerSettings } from "@/lib/domain/scheduling/scheduler";
import type { MasteryCard, MasteryLog } from "@/lib/domain/mastery/mastery-inputs";

// Hand-built rows for the mastery tests. FSRS defines stability as the interval at which recall
// falls to 90%, whatever the weights, so a card of stability S reviewed S days ago has R = 0.9.

export const DAY_MS = 86_400_000;
export const utc = (iso: string) => new Date(`${iso}Z`);
export const daysBefore = (instant: Date, days: number) => new Date(instant.getTime() - days * DAY_MS);

export const settings: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  isFuzzEnabled: false,
};

export function card(overrides: Partial<MasteryCard> & Pick<MasteryCard, "cardId">): MasteryCard {
  return {
    conceptId: `${overrides.cardId}-concept`,
    topic: "ml-basics",
    state: 0,
    stability: 0,
    lastReview: null,
    due: utc("2026-01-01T00:00:00"),
    lapses: 0,
    ...overrides,
  };
}

/** A card in the review state, last reviewed `daysAgo` days before `now` with `stability` days. */
export function reviewedCard(cardId: string, now: Date, stability: number, daysAgo: number, overrides: Partial<MasteryCard> = {}): MasteryCard {
  const lastReview = daysBefore(now, daysAgo);
  return card({ cardId, state: 2, stability, lastReview, due: new Date(lastReview.getTime() + stability * DAY_MS), ...overrides });
}

export function log(overrides: Partial<MasteryLog> & Pick<MasteryLog, "reviewedAt">): MasteryLog {
  return { cardId: "c1", topic: "ml-basics", rating: 3, state: 2, stability: 5, source: "review", deletedAt: null, ...overrides };
}
