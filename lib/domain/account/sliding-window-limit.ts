// A sliding-window rate limit: at most `max` events per key in any `windowMs`. The next event is
// allowed again once enough counted events leave the window to drop below the limit.

export interface SlidingWindow {
  max: number;
  windowMs: number;
}

/**
 * Seconds until another event is allowed, or 0 when it is allowed now.
 * @param eventsOldestFirst event instants (those older than the window are ignored), oldest first
 */
export function secondsUntilAllowed(eventsOldestFirst: readonly Date[], now: Date, limit: SlidingWindow): number {
  const inWindow = eventsOldestFirst.filter((at) => now.getTime() - at.getTime() < limit.windowMs);
  if (inWindow.length < limit.max) return 0;
  const freeing = inWindow[inWindow.length - limit.max];
  const waitMs = freeing.getTime() + limit.windowMs - now.getTime();
  return Math.max(1, Math.ceil(waitMs / 1000));
}
