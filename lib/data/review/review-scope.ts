import type { Topic } from "../../domain/content/schema";

export interface ReviewScope {
  kinds: string[];
  topic: Topic | null;
}

/** Cards that can appear in a review: not retired, of a review kind, in the topic filter. */
export function cardInScope(scope: ReviewScope) {
  return { isRetired: false, kind: { in: scope.kinds }, ...(scope.topic ? { topic: scope.topic } : {}) };
}

/** A user's card states that are neither suspended nor buried at `now`. */
export function activeStateWhere(userId: string, now: Date) {
  return { userId, isSuspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] };
}
