/**
 * Where to send the user after sign-in. Only same-site absolute paths are accepted, so a crafted
 * link cannot bounce a freshly signed-in user to another site ("//evil.example" is refused too).
 */
export function safeReturnPath(candidate: string | undefined | null, fallback = "/review"): string {
  if (!candidate || candidate.length > 512) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return fallback;
  return candidate;
}
