import { NextResponse } from "next/server";
import { appDb } from "./app-db";
import { clientIpFrom, signInRetryAfterSeconds } from "./sign-in-throttle";
import { jsonResponse } from "./json-response";

/**
 * A 429 response when this sign-in attempt's email or IP has too many recent failures, else null.
 * The body carries next-auth's `url` (with error=RateLimited-<seconds>) so `signIn()` in the browser reports
 * the refusal, beside the house error shape.
 */
export async function rateLimitedSignIn(request: Request): Promise<NextResponse | null> {
  let email = "";
  try {
    const form = await request.formData();
    email = String(form.get("email") ?? "").trim().toLowerCase().slice(0, 254);
  } catch {
    return null; // next-auth answers malformed bodies itself
  }
  const retryAfter = await signInRetryAfterSeconds(appDb(), { email, ip: clientIpFrom(request.headers) }, new Date());
  if (retryAfter === 0) return null;
  const url = new URL("/signin", request.url);
  // signIn() exposes only the `error` parameter to the browser, so the wait travels inside it.
  url.searchParams.set("error", `RateLimited-${retryAfter}`);
  return jsonResponse(
    {
      url: url.toString(),
      error: { code: "rate_limited", message: "Too many failed sign-in attempts. Try again later." },
    },
    { status: 429, headers: { "Retry-After": String(retryAfter) } },
  );
}
