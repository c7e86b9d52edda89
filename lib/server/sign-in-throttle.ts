import type { Db } from "../data/db";
import {
  clearSignInFailures,
  listSignInFailuresSince,
  pruneSignInFailures,
  recordSignInFailure,
} from "../data/sign-in-failures";
import { FAILURE_WINDOW_MS, retryAfterSeconds, windowStart } from "../domain/account/sign-in-limit";

export interface SignInAttempt {
  email: string;
  ip: string;
}

/** Seconds the caller must wait (the larger of the email and IP limits), or 0 when allowed. */
export async function signInRetryAfterSeconds(db: Db, attempt: SignInAttempt, now: Date): Promise<number> {
  const since = windowStart(now);
  const [byEmail, byIp] = await Promise.all([
    listSignInFailuresSince(db, "email", attempt.email, since),
    listSignInFailuresSince(db, "ip", attempt.ip, since),
  ]);
  return Math.max(retryAfterSeconds(byEmail, now), retryAfterSeconds(byIp, now));
}

export async function recordFailedSignIn(db: Db, attempt: SignInAttempt, now: Date): Promise<void> {
  await recordSignInFailure(db, "email", attempt.email, now);
  await recordSignInFailure(db, "ip", attempt.ip, now);
  // Old rows are useless to the limiter; trimming here keeps the table small without a cron job.
  await pruneSignInFailures(db, ["email", "ip"], new Date(now.getTime() - 2 * FAILURE_WINDOW_MS));
}

/** A successful sign-in forgives earlier mistakes on that email (not on the IP). */
export async function recordSuccessfulSignIn(db: Db, attempt: SignInAttempt): Promise<void> {
  await clearSignInFailures(db, "email", attempt.email);
}

/**
 * The client address for rate limiting: the rightmost X-Forwarded-For entry, which is the one
 * added by the nearest proxy (or by Next.js from the socket when there is no proxy).
 */
export function clientIpFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const entries = (value ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return entries.at(-1)?.slice(0, 64) ?? "unknown";
}
