import type { Topic } from "../../domain/content/schema";

export interface ReviewScope {
  kinds: string[];
  topic: Topic | null;
}

/** State rows of cards that can appear in a review: not retired, of a review kind, in the topic filter. */
export function stateInScope(scope: ReviewScope) {
  return { isCardRetired: false, cardKind: { in: scope.kinds }, ...(scope.topic ? { cardTopic: scope.topic } : {}) };
}

/** A user's card states that are neither suspended nor buried at `now`. */
export function activeStateWhere(userId: string, now: Date) {
  return { userId, isSuspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] };
}
