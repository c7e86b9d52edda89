/**
 * The cookies of a Cookie header by name, read as Next's own request cookies read them: pairs
 * split on ";", a name without "=" taken as "true", values URI-decoded, a value that does not
 * decode left out.
 */
export function requestCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? "").split(/; */)) {
    if (!pair) continue;
    const equals = pair.indexOf("=");
    if (equals === -1) {
      cookies.set(pair, "true");
      continue;
    }
    try {
      cookies.set(pair.slice(0, equals), decodeURIComponent(pair.slice(equals + 1)));
    } catch {
      // A malformed escape: Next's parser drops the cookie too.
    }
  }
  return cookies;
}
