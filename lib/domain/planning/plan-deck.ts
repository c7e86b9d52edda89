import { CardStateValue } from "../scheduling/memory-state";
import { HORIZON_DAYS, type PlanInput } from "./plan-input";

// The cards of a plan as flat arrays, worked out once and shared by every retention's run: a
// simulation touches each card tens of times, and typed arrays keep that cheap.

const DAY_MS = 86_400_000;
/**
 * Retained concepts are measured every two weeks (day 0, 14, ... 364) and when the horizon ends:
 * measuring them costs a forgetting-curve evaluation per card per sample, most of a run's time.
 */
export const SAMPLE_EVERY_DAYS = 14;

export interface PlanDeck {
  input: PlanInput;
  horizonDays: number;
  cardCount: number;
  conceptCount: number;
  /** Per card: 1 / the number of cards of its concept, so a concept's cards add up to one concept. */
  weight: Float64Array;
  stability: Float64Array;
  difficulty: Float64Array;
  /** Day of the last review relative to `now` (negative: before it; fractional). */
  lastDay: Float64Array;
  /** First day the card is due (0: today or overdue); -1 for unseen cards. */
  dueDay: Int32Array;
  /** A card in (re)learning finishes its steps on its due day. */
  isLearning: Uint8Array;
  /** Unseen cards, in the order they are introduced. */
  newOrder: Int32Array;
  /** Days on which retained concepts are measured, ascending; the last is the horizon. */
  sampleDays: number[];
}

function sampleDaysOf(horizonDays: number): number[] {
  const days: number[] = [];
  for (let day = 0; day < horizonDays; day += SAMPLE_EVERY_DAYS) days.push(day);
  days.push(horizonDays);
  return days;
}

export function planDeckOf(input: PlanInput, horizonDays = HORIZON_DAYS): PlanDeck {
  const { cards, now } = input;
  const cardCount = cards.length;
  const cardsPerConcept = new Map<string, number>();
  for (const card of cards) cardsPerConcept.set(card.conceptId, (cardsPerConcept.get(card.conceptId) ?? 0) + 1);

  const deck: PlanDeck = {
    input,
    horizonDays,
    cardCount,
    conceptCount: cardsPerConcept.size,
    weight: new Float64Array(cardCount),
    stability: new Float64Array(cardCount),
    difficulty: new Float64Array(cardCount),
    lastDay: new Float64Array(cardCount),
    dueDay: new Int32Array(cardCount).fill(-1),
    isLearning: new Uint8Array(cardCount),
    newOrder: new Int32Array(0),
    sampleDays: sampleDaysOf(horizonDays),
  };
  const newOrder: number[] = [];
  cards.forEach((card, index) => {
    deck.weight[index] = 1 / (cardsPerConcept.get(card.conceptId) ?? 1);
    // A card with no memory yet (new, or damaged) is introduced like a new one.
    if (card.state === CardStateValue.New || card.stability <= 0 || !card.lastReview) {
      newOrder.push(index);
      return;
    }
    deck.stability[index] = card.stability;
    deck.difficulty[index] = card.difficulty;
    deck.lastDay[index] = (card.lastReview.getTime() - now.getTime()) / DAY_MS;
    deck.dueDay[index] = Math.max(0, Math.floor((card.due.getTime() - now.getTime()) / DAY_MS));
    deck.isLearning[index] = card.state === CardStateValue.Learning || card.state === CardStateValue.Relearning ? 1 : 0;
  });
  deck.newOrder = Int32Array.from(newOrder);
  return deck;
}
