import { DEFAULT_RATING_BEHAVIOUR, type PlanCard, type PlanInput, type PlanSettings } from "@/lib/domain/planning";

export const NOW = new Date("2026-11-25T10:00:00Z");
const DAY_MS = 86_400_000;
export const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

export const SETTINGS: PlanSettings = {
  currentRetention: 0.9,
  maximumIntervalDays: 36500,
  newCardsPerDay: 20,
  reviewsPerDay: null,
  learningStepCount: 2,
  relearningStepCount: 1,
};

export const unseen = (conceptId: string): PlanCard => ({ conceptId, state: 0, stability: 0, difficulty: 0, due: NOW, lastReview: null });

/** A review card last seen `daysAgo` days ago and due `dueInDays` from now. */
export const reviewed = (conceptId: string, stability: number, daysAgo: number, dueInDays: number, difficulty = 5): PlanCard => ({
  conceptId,
  state: 2,
  stability,
  difficulty,
  due: daysFromNow(dueInDays),
  lastReview: daysFromNow(-daysAgo),
});

/** `reviewCount` review cards spread over the next 30 days, then `newCount` unseen ones, three cards a concept. */
export function mixedDeck(reviewCount: number, newCount: number): PlanCard[] {
  const reviews = Array.from({ length: reviewCount }, (_, index) => reviewed(`c${Math.floor(index / 3)}`, 3 + (index % 40), 5 + (index % 20), index % 30, 3 + (index % 6)));
  const fresh = Array.from({ length: newCount }, (_, index) => unseen(`n${Math.floor(index / 3)}`));
  return [...reviews, ...fresh];
}

export const planInput = (cards: PlanCard[], settings: Partial<PlanSettings> = {}, seed = 1): PlanInput => ({
  cards,
  settings: { ...SETTINGS, ...settings },
  behaviour: DEFAULT_RATING_BEHAVIOUR,
  now: NOW,
  seed,
});
