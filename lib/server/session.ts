import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { appDb } from "./app-db";
import { requestCookies } from "./request-cookies";
import { readSessionToken } from "./session-token";
import { getUserProfile, type UserProfile } from "../data/users";

/**
 * The signed-in user's id, or null. The id comes from the signed, encrypted session token, never
 * from the request body. The token is decrypted directly (next-auth's getToken, as the proxy does)
 * rather than through getServerSession, which runs the whole next-auth handler and encrypts the
 * token again on every call: that was a measurable part of each grade's cost. Its key is derived
 * once per process and each token decrypted once (session-token.ts). A route handler passes its
 * request, whose Cookie header is read directly: building next/headers' cookie and header stores
 * and copying them into objects for getToken was about 3% of a grade's server time. Pages and
 * server actions, which have no request in hand, read those stores.
 */
export async function getSessionUserId(request?: Request): Promise<string | null> {
  const req = request ? { cookies: requestCookies(request.headers.get("cookie")), headers: request.headers } : await requestFromStores();
  const token = await readSessionToken(req as never);
  return typeof token?.sub === "string" && token.sub ? token.sub : null;
}

async function requestFromStores() {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return {
    cookies: Object.fromEntries(cookieStore.getAll().map((cookie) => [cookie.name, cookie.value])),
    headers: Object.fromEntries(headerStore.entries()),
  };
}

/** For pages: the signed-in user's profile, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<UserProfile> {
  const userId = await getSessionUserId();
  const profile = userId ? await getUserProfile(appDb(), userId) : null;
  if (!profile) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return profile;
}
