import type { CardStateValue } from "../scheduling/memory-state";

// What the mastery dashboard needs of the learner's data, as plain values: the data layer selects
// these columns and nothing else, so every statistic here can be tested on hand-built rows.

/** One of the learner's cards with its current memory state (a CardState row joined to its Card). */
export interface MasteryCard {
  cardId: string;
  conceptId: string;
  topic: string;
  /** ts-fsrs state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: CardStateValue;
  /** FSRS stability after the latest review, in days. */
  stability: number;
  lastReview: Date | null;
  due: Date;
  lapses: number;
  isSuspended?: boolean;
}

/** One grade of a card, as ReviewLog stores it. */
export interface MasteryLog {
  cardId: string;
  topic: string;
  rating: number;
  /** The card's state BEFORE this review (ts-fsrs logs the state it graded from). */
  state: CardStateValue;
  /** The card's stability BEFORE this review, in days (also as ts-fsrs logs it). */
  stability: number;
  reviewedAt: Date;
  source: "review" | "quiz";
  /** Set when the review was undone; such a log never counts. */
  deletedAt: Date | null;
}

/** One quiz question with the learner's answer, if any. */
export interface MasteryQuizAnswer {
  topic: string;
  /** Null while the answer is pending (not answered, or an open answer still to self-grade). */
  isCorrect: boolean | null;
  answeredAt: Date | null;
}

export function isLive(log: Pick<MasteryLog, "deletedAt">): boolean {
  return log.deletedAt === null;
}
