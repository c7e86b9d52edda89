import { CardStateValue } from "../../scheduling/memory-state";

// Anki's revlog (rslib/src/revlog/mod.rs): one row per answer, its id the answer time in epoch
// milliseconds; ease the button (1-4); ivl and lastIvl the interval after and before the answer,
// in days when positive and in seconds when negative; factor, with FSRS, the difficulty after the
// answer mapped to 100-1100; time the answer time in ms; type what the card was when answered.
export const AnkiRevlogType = { Learn: 0, Review: 1, Relearn: 2, Manual: 4 } as const;

/** Anki caps the time it records for one answer at a minute (deck option "maximum answer seconds"). */
export const MAX_ANSWER_MS = 60_000;
const DAY_SECONDS = 86_400;

export interface AnkiRevlogInput {
  rating: number;
  /** ts-fsrs state before the grade. */
  state: number;
  nextState: number;
  reviewedAt: Date;
  /** ts-fsrs log `due`: the card's previous review (or its due date when it had none). */
  due: Date;
  previousDue: Date;
  scheduledDue: Date;
  /** ts-fsrs log `scheduled_days`: the interval the card had before this grade. */
  scheduledDays: number;
  /** ts-fsrs log `difficulty`: the card's difficulty before this grade. */
  difficulty: number;
  durationMs: number;
}

export interface AnkiRevlogEntry {
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/** One grade as an Anki revlog row (without id and card id). */
export function ankiRevlogEntry(log: AnkiRevlogInput): AnkiRevlogEntry {
  return {
    ease: log.rating,
    ivl: revlogInterval(log.nextState, (log.scheduledDue.getTime() - log.reviewedAt.getTime()) / 1000),
    lastIvl: lastInterval(log),
    factor: difficultyFactor(log.difficulty),
    time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(log.durationMs))),
    type: revlogType(log.state),
  };
}

/**
 * The entry Anki writes when a card is reset to new ("Forget"): type Manual, ease 0. Anki's FSRS
 * starts a card's history afresh after it, as ts-fsrs does after a reset here.
 */
export const ANKI_RESET_ENTRY: AnkiRevlogEntry = { ease: 0, ivl: 0, lastIvl: 0, factor: 0, time: 0, type: AnkiRevlogType.Manual };

function revlogType(stateBefore: number): number {
  if (stateBefore === CardStateValue.Review) return AnkiRevlogType.Review;
  if (stateBefore === CardStateValue.Relearning) return AnkiRevlogType.Relearn;
  return AnkiRevlogType.Learn;
}

/** Days for a review card or a step of a day or more, otherwise negative seconds (learning steps). */
function revlogInterval(state: number, seconds: number): number {
  if (state === CardStateValue.Review || seconds >= DAY_SECONDS) return Math.max(1, Math.round(seconds / DAY_SECONDS));
  return -Math.max(1, Math.round(seconds));
}

function lastInterval(log: AnkiRevlogInput): number {
  if (log.state === CardStateValue.New) return 0;
  if (log.state === CardStateValue.Review) return Math.max(1, log.scheduledDays);
  const seconds = (log.previousDue.getTime() - log.due.getTime()) / 1000;
  return seconds > 0 ? revlogInterval(log.state, seconds) : 0;
}

// rslib/src/card/mod.rs difficulty_shifted: (d - 1) / 9 + 0.1, stored times 1000. A new card's log
// has no difficulty yet (0): factor 0, as Anki writes for learning answers.
function difficultyFactor(difficulty: number): number {
  if (difficulty < 1) return 0;
  return Math.round(((difficulty - 1) / 9 + 0.1) * 1000);
}

/**
 * Revlog ids are answer times in ms and must be unique: two grades in the same millisecond (or a
 * reset placed right after a grade) take the next free millisecond. Fed in time order, the ids
 * keep that order, which is the order Anki replays a card's history in.
 */
export class RevlogIds {
  private last = -Infinity;

  next(atMs: number): number {
    this.last = Math.max(Math.floor(atMs), this.last + 1);
    return this.last;
  }
}
