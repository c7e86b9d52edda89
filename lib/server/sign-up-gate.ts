import type { Db } from "../data/db";
import { listSignInFailuresSince, pruneSignInFailures, recordSignInFailure } from "../data/sign-in-failures";
import { SIGN_UP_WINDOW_MS, signUpRetryAfterSeconds } from "../domain/account/sign-up-limit";
import { RateLimitedError } from "../domain/errors";

/**
 * Lets a sign-up from `ip` through, counting it, or throws RateLimitedError (429 with Retry-After)
 * when that IP asked for `perHour` accounts in the last hour. Concurrent attempts may pass the
 * check together: under a burst the limit can be passed by the attempts already in flight.
 */
export async function admitSignUp(db: Db, ip: string, now: Date, perHour: number): Promise<void> {
  const attempts = await listSignInFailuresSince(db, "sign-up-ip", ip, new Date(now.getTime() - SIGN_UP_WINDOW_MS));
  const retryAfter = signUpRetryAfterSeconds(attempts, now, perHour);
  if (retryAfter > 0) throw new RateLimitedError("Too many accounts were created from this network. Try again later.", retryAfter);
  await recordSignInFailure(db, "sign-up-ip", ip, now);
  await pruneSignInFailures(db, ["sign-up-ip"], new Date(now.getTime() - 2 * SIGN_UP_WINDOW_MS));
}
