// Sign-in throttling: at most MAX_FAILURES failed attempts per key (email or IP) in a sliding
// window. The 6th attempt inside the window is refused until the oldest counted failure ages out.

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Seconds until another attempt is allowed, or 0 when it is allowed now.
 * @param failuresOldestFirst failure instants inside the window, oldest first
 */
export function retryAfterSeconds(failuresOldestFirst: readonly Date[], now: Date): number {
  const inWindow = failuresOldestFirst.filter((at) => now.getTime() - at.getTime() < FAILURE_WINDOW_MS);
  if (inWindow.length < MAX_FAILURES) return 0;
  // The attempt is allowed again once enough failures leave the window to drop below the limit.
  const freeing = inWindow[inWindow.length - MAX_FAILURES];
  const waitMs = freeing.getTime() + FAILURE_WINDOW_MS - now.getTime();
  return Math.max(1, Math.ceil(waitMs / 1000));
}

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - FAILURE_WINDOW_MS);
}
