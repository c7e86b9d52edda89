import { CardStateValue } from "../../scheduling/memory-state";
import { studyDayAt } from "../../scheduling/study-day";

// Anki's card columns (rslib/src/card/mod.rs): `type` is what the card is, `queue` where the
// scheduler looks for it, and the unit of `due` depends on the queue: a position for new cards,
// epoch seconds for intraday learning, a day number counted from the collection's creation day for
// review and day-learning cards.
export const AnkiCardType = { New: 0, Learn: 1, Review: 2, Relearn: 3 } as const;
export const AnkiQueue = { SchedBuried: -2, Suspended: -1, New: 0, Learn: 1, Review: 2, DayLearn: 3 } as const;

const DAY_MS = 86_400_000;

/** Which day is day 0 of the package, and how the learner's days are cut. */
export interface AnkiDayClock {
  timezone: string;
  dayStartHour: number;
  /** The learner's study date of the collection's creation ("YYYY-MM-DD"): day number 0. */
  creationDate: string;
}

/**
 * Anki's day number of an instant: whole study days from the creation date, both taken in the
 * learner's timezone with their day-start hour, which the package's `rollover` and
 * `creationOffset` tell Anki too. Anki shifts these numbers to its own collection on import, so a
 * card due in three days here is due in three days there (when Anki runs in the same timezone).
 */
export function ankiDayNumber(instant: Date, clock: AnkiDayClock): number {
  const date = studyDayAt(instant, clock.timezone, clock.dayStartHour).date;
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${clock.creationDate}T00:00:00Z`)) / DAY_MS);
}

export interface AnkiCardStateInput {
  /** ts-fsrs state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  /** ts-fsrs: the index of the learning (or relearning) step the card is at. */
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
  newPosition: number;
  isSuspended: boolean;
  /** Buried (its siblings graded today, or "bury") until a time after the export. */
  isBuried: boolean;
}

export interface AnkiScheduleSettings {
  clock: AnkiDayClock;
  learningStepCount: number;
  relearningStepCount: number;
  desiredRetention: number;
}

export interface AnkiCardSchedule {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  /** Card data JSON: the FSRS memory state ("s", "d", "dr", "lrt") once the card has one. */
  data: string;
}

// SM-2's starting ease, for review cards, so the deck also works with FSRS switched off in Anki.
const DEFAULT_EASE_PERMILLE = 2500;

/** A card state as Anki's scheduling columns, with the same due date. */
export function ankiCardSchedule(card: AnkiCardStateInput, settings: AnkiScheduleSettings): AnkiCardSchedule {
  const counts = { reps: card.reps, lapses: card.lapses };
  // A buried card waits for the next day in Anki too: its "buried" queue, which Anki empties when
  // its day rolls over (rslib/src/scheduler/bury_and_suspend.rs unbury_if_day_rolled_over) and then
  // puts back by type and due. Recall ML buries siblings after a grade and a card on "bury" alike;
  // Anki's sibling queue (-2) holds both. Suspension comes first, as in Anki.
  const suspendedOr = (queue: number) => (card.isSuspended ? AnkiQueue.Suspended : card.isBuried ? AnkiQueue.SchedBuried : queue);
  if (card.state === CardStateValue.New) {
    return { type: AnkiCardType.New, queue: suspendedOr(AnkiQueue.New), due: card.newPosition, ivl: 0, factor: 0, ...counts, left: 0, data: "" };
  }
  const data = memoryStateData(card, settings.desiredRetention);
  if (card.state === CardStateValue.Review) {
    const ivl = Math.max(1, card.scheduledDays);
    const due = ankiDayNumber(card.due, settings.clock);
    return { type: AnkiCardType.Review, queue: suspendedOr(AnkiQueue.Review), due, ivl, factor: DEFAULT_EASE_PERMILLE, ...counts, left: 0, data };
  }
  const isRelearning = card.state === CardStateValue.Relearning;
  const stepCount = isRelearning ? settings.relearningStepCount : settings.learningStepCount;
  // Anki counts the steps left, the current one included; ts-fsrs stores the current step's index.
  const left = Math.max(1, stepCount - card.learningSteps);
  // A step of a day or more waits for a day, not a time: Anki's day-learning queue.
  const isInterday = card.scheduledDays >= 1;
  return {
    type: isRelearning ? AnkiCardType.Relearn : AnkiCardType.Learn,
    queue: suspendedOr(isInterday ? AnkiQueue.DayLearn : AnkiQueue.Learn),
    due: isInterday ? ankiDayNumber(card.due, settings.clock) : Math.floor(card.due.getTime() / 1000),
    ivl: isRelearning ? 1 : 0,
    factor: isRelearning ? DEFAULT_EASE_PERMILLE : 0,
    ...counts,
    left,
    data,
  };
}

function memoryStateData(card: AnkiCardStateInput, desiredRetention: number): string {
  if (card.stability <= 0 || card.difficulty <= 0) return "";
  return JSON.stringify({
    s: round(card.stability, 4),
    d: round(card.difficulty, 3),
    dr: round(desiredRetention, 2),
    ...(card.lastReview ? { lrt: Math.floor(card.lastReview.getTime() / 1000) } : {}),
  });
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
