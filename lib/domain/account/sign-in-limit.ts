// Sign-in throttling: at most MAX_FAILURES failed attempts per key (email or IP) in a sliding
// window. The 6th attempt inside the window is refused until the oldest counted failure ages out.
import { secondsUntilAllowed } from "./sliding-window-limit";

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Seconds until another attempt is allowed, or 0 when it is allowed now.
 * @param failuresOldestFirst failure instants inside the window, oldest first
 */
export function retryAfterSeconds(failuresOldestFirst: readonly Date[], now: Date): number {
  return secondsUntilAllowed(failuresOldestFirst, now, { max: MAX_FAILURES, windowMs: FAILURE_WINDOW_MS });
}

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - FAILURE_WINDOW_MS);
}
