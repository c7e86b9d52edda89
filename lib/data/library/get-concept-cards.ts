import type { Db } from "../db";
import type { ItemKind } from "../../domain/content/item-types";
import { CardStateValue, type MemoryState } from "../../domain/scheduling/memory-state";
import { createScheduler, type Scheduler } from "../../domain/scheduling/scheduler";
import { getLearnerContext } from "../review/learner-context";
import { memoryStateFromRow, memoryStateSelect } from "../review/memory-state-row";

/** History entries returned per card; the concept page says how many more there are. */
export const CARD_HISTORY_LIMIT = 50;

export interface CardHistoryEntry {
  reviewedAt: Date;
  rating: number;
  source: "review" | "quiz";
  /** The due date this grade set: the interval the learner earned with it. */
  scheduledDueAt: Date;
}

/** A learner's memory of a card they have graded at least once (and not undone since). */
export interface CardProgress {
  state: CardStateValue;
  /** Days until recall probability falls to 90%. */
  stability: number;
  /** FSRS difficulty, 1 (easy) to 10 (hard). */
  difficulty: number;
  /** Probability of recall at `now`, 0-1. */
  retrievability: number;
  dueAt: Date;
  lastReviewAt: Date;
  reps: number;
  lapses: number;
}

export interface ConceptCard {
  cardId: string;
  kind: ItemKind;
  prompt: string;
  isSuspended: boolean;
  isLeech: boolean;
  /** Null when the card was never graded, or every grade was undone. */
  progress: CardProgress | null;
  /** Newest first, at most CARD_HISTORY_LIMIT, undone grades excluded. */
  history: CardHistoryEntry[];
  historyCount: number;
}

/**
 * Every current card of a concept with the learner's memory state and grade history, in
 * knowledge-base order. A compare card belongs to its first concept (its id is
 * `first:compare:second`) but is listed on both sides' pages. Retired cards are left out: the
 * learner can no longer be asked them.
 */
export async function getConceptCards(db: Db, userId: string, conceptId: string, now: Date): Promise<ConceptCard[]> {
  const comparedAs = `:compare:${conceptId}`;
  const rows = await db.card.findMany({
    where: { isRetired: false, OR: [{ conceptId }, { kind: "compare", id: { endsWith: comparedAs } }] },
    select: {
      id: true,
      conceptId: true,
      kind: true,
      payload: true,
      states: { where: { userId }, select: { isSuspended: true, isLeech: true, ...memoryStateSelect } },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  // SQLite's LIKE (behind endsWith) ignores case and treats "_" as a wildcard; keep exact matches only.
  const cards = rows.filter((row) => row.conceptId === conceptId || row.id.endsWith(comparedAs));
  if (cards.length === 0) return [];

  // All of the concept's grades in one query: a concept has about twenty cards, so even a long
  // history is a few thousand small rows, capped per card below.
  const logs = await db.reviewLog.findMany({
    where: { userId, deletedAt: null, cardId: { in: cards.map((card) => card.id) } },
    select: { cardId: true, reviewedAt: true, rating: true, source: true, scheduledDue: true },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
  });
  const logsByCard = new Map<string, CardHistoryEntry[]>();
  for (const log of logs) {
    const entries = logsByCard.get(log.cardId) ?? [];
    entries.push({
      reviewedAt: log.reviewedAt,
      rating: log.rating,
      source: log.source === "quiz" ? "quiz" : "review",
      scheduledDueAt: log.scheduledDue,
    });
    logsByCard.set(log.cardId, entries);
  }

  const scheduler = createScheduler((await getLearnerContext(db, userId)).scheduler);
  return cards.map((card) => {
    const row = card.states[0];
    const history = logsByCard.get(card.id) ?? [];
    return {
      cardId: card.id,
      kind: card.kind as ItemKind,
      prompt: (JSON.parse(card.payload) as { prompt: string }).prompt,
      isSuspended: row?.isSuspended ?? false,
      isLeech: row?.isLeech ?? false,
      progress: row ? progressOf(memoryStateFromRow(row), scheduler, now) : null,
      history: history.slice(0, CARD_HISTORY_LIMIT),
      historyCount: history.length,
    };
  });
}

// A state row also exists for cards never graded (rows are created for the review queue) and for
// cards whose every grade was undone: those are back to New with no last review.
function progressOf(memory: MemoryState, scheduler: Scheduler, now: Date): CardProgress | null {
  if (memory.state === CardStateValue.New || !memory.lastReview) return null;
  return {
    state: memory.state,
    stability: memory.stability,
    difficulty: memory.difficulty,
    retrievability: scheduler.retrievability(memory, now),
    dueAt: memory.due,
    lastReviewAt: memory.lastReview,
    reps: memory.reps,
    lapses: memory.lapses,
  };
}
