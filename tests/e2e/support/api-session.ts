import { baseUrl, uniqueEmail } from "./browser";

/** A signed-up, signed-in API caller: fetch with its session cookie. */
export async function signedInFetcher(): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const email = uniqueEmail("api");
  const password = "api-caller-password";
  const signup = await fetch(`${baseUrl()}/api/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "API", email, password, timezone: "UTC" }),
  });
  if (signup.status !== 201) throw new Error(`sign-up failed: ${signup.status}`);
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = new Map(csrf.headers.getSetCookie().map((c) => c.split(";")[0].split(/=(.*)/s).slice(0, 2) as [string, string]));
  const signIn = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  for (const cookie of signIn.headers.getSetCookie()) {
    const [name, value] = cookie.split(";")[0].split(/=(.*)/s);
    cookies.set(name, value);
  }
  if (![...cookies.keys()].some((name) => name.includes("session-token"))) throw new Error("sign-in set no session cookie");
  const cookieHeader = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  return (path, init = {}) =>
    fetch(`${baseUrl()}${path}`, { ...init, headers: { "content-type": "application/json", ...(init.headers ?? {}), cookie: cookieHeader } });
}
