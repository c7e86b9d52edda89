import { isSeen, recallProbability, type ForgettingCurve } from "./card-retrievability";
import type { MasteryCard, MasteryLog } from "./mastery-inputs";

/**
 * From `fromMs` until the next segment, the card's memory followed one forgetting curve: the one of
 * `stability` days starting at `lastReview`. A stability of 0 means "not known" (retrievability 0).
 */
export interface RecallSegment {
  fromMs: number;
  stability: number;
  lastReview: Date;
}

/**
 * The card's memory over time, rebuilt from its live logs, oldest first (`logs` must be sorted by
 * reviewedAt, undone logs removed, and complete: a card's review before the first one given is
 * unknown, so the card counts as unseen until then).
 *
 * A ts-fsrs log stores the card's stability BEFORE the review it records, so the stability AFTER
 * review k is the one logged by review k+1, and after the latest review it is the card's current
 * stability. That is exact for every review, not an estimate, because an undone review's log is
 * skipped and its rollback restored the card to what the next live log then recorded.
 *
 * What cannot be rebuilt: a reset (Forget) is not logged, so when the next review starts from the
 * new state (state 0), or the card is new again today, the time of the reset is unknown and the
 * card counts as not known from its last review before the reset. Past retrievability uses the
 * stabilities as they were stored but today's FSRS weights for the curve's shape (FSRS-6 decay).
 */
export function recallHistory(card: Pick<MasteryCard, "state" | "stability" | "lastReview">, logs: readonly MasteryLog[]): RecallSegment[] {
  const segments: RecallSegment[] = [];
  for (let index = 0; index < logs.length - 1; index++) {
    const next = logs[index + 1];
    const stability = next.state === 0 ? 0 : next.stability;
    segments.push({ fromMs: logs[index].reviewedAt.getTime(), stability, lastReview: logs[index].reviewedAt });
  }
  const latest = logs[logs.length - 1];
  if (isSeen(card) && card.lastReview !== null) {
    // After the latest review the card's own state is the memory; its lastReview is that review's
    // time. A reviewed card with no live log (history imported elsewhere) starts at its lastReview.
    segments.push({ fromMs: latest ? latest.reviewedAt.getTime() : card.lastReview.getTime(), stability: card.stability, lastReview: card.lastReview });
  } else if (latest) {
    segments.push({ fromMs: latest.reviewedAt.getTime(), stability: 0, lastReview: latest.reviewedAt });
  }
  return segments;
}

/** The card's probability of recall `at` an instant on the memory `segments` describe; 0 before the first. */
export function retrievabilityAt(segments: readonly RecallSegment[], curve: ForgettingCurve, at: Date): number {
  let current: RecallSegment | undefined;
  for (const segment of segments) {
    if (segment.fromMs > at.getTime()) break;
    current = segment;
  }
  return current ? recallProbability(curve, current.stability, current.lastReview, at) : 0;
}
