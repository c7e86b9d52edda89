import { CardStateValue } from "./memory-state";

const STATE_LABELS: Record<CardStateValue, string> = {
  [CardStateValue.New]: "New",
  [CardStateValue.Learning]: "Learning",
  [CardStateValue.Review]: "Review",
  [CardStateValue.Relearning]: "Relearning",
};

const RATING_LABELS: Record<number, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export function cardStateLabel(state: number): string {
  return STATE_LABELS[state as CardStateValue] ?? `State ${state}`;
}

/** The grade buttons' names for ratings 1-4. */
export function ratingLabel(rating: number): string {
  return RATING_LABELS[rating] ?? `Rating ${rating}`;
}

/** Stability or an interval in days: one decimal below ten days (a new card's 0.4 d matters), whole days above. */
export function daysLabel(days: number): string {
  const rounded = days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
  return `${rounded.toLocaleString("en-US")} d`;
}

/** A probability (0-1) as a whole percentage; never 0% or 100% for values strictly between. */
export function percentLabel(probability: number): string {
  const percent = Math.round(probability * 100);
  if (percent === 100 && probability < 1) return "99%";
  if (percent === 0 && probability > 0) return "<1%";
  return `${percent}%`;
}
