// Sign-up throttling: at most `perHour` accounts asked for from one IP in any hour (successful
// or refused, so the limit also slows probing which emails have accounts). The default leaves
// room for a classroom signing up together behind one NAT address; RECALL_SIGN_UPS_PER_IP_PER_HOUR
// changes it.
import { secondsUntilAllowed } from "./sliding-window-limit";

export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;
export const DEFAULT_SIGN_UPS_PER_IP_PER_HOUR = 30;

/** Seconds until this IP may ask for another account, or 0 when it may now. */
export function signUpRetryAfterSeconds(attemptsOldestFirst: readonly Date[], now: Date, perHour: number): number {
  return secondsUntilAllowed(attemptsOldestFirst, now, { max: perHour, windowMs: SIGN_UP_WINDOW_MS });
}
