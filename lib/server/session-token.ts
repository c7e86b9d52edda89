import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { serverEnv } from "./env";

// next-auth's own decode derives the token's encryption key from the secret (HKDF-SHA256) on
// every call, and does it on libuv's thread pool: about 1% of the server's time under a load of
// grades, plus a thread-pool round trip on each request's path. The secret does not change while
// the process runs, so the key is derived once. The derivation and the decryption are next-auth
// 4's (jwt/index.js): the same HKDF inputs, the same JWE (dir, A256GCM), the same 15 s clock
// tolerance; tests/server/session-token.test.ts reads tokens that next-auth's encode made.

// Each learner sends the same token with every request until next-auth renews it, so a token
// decrypted once is kept, keyed by its whole text (a different text, or a different key, is
// decrypted afresh) until it expires, as the decryption would then refuse it. Decrypting (AES-GCM
// and the claims' JSON) was 2.7% of the server's time under a load of grades. The cache changes no
// answer: a token's payload is a function of its text and the key, and sessions are stateless
// JWTs with no server-side revocation to miss. Bounded; the oldest entries go first.
const MAX_CACHED_TOKENS = 10_000;
const CLOCK_TOLERANCE_S = 15;

interface KeyState {
  key: Uint8Array;
  tokens: Map<string, { payload: JWT; validUntilMs: number }>;
}

const keyStates = new Map<string, KeyState>();

function keyStateFor(secret: string | Buffer, salt: string): KeyState {
  const cacheKey = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("base64")}`;
  let state = keyStates.get(cacheKey);
  if (!state) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    state = { key: new Uint8Array(hkdfSync("sha256", secret, salt, info, 32)), tokens: new Map() };
    keyStates.set(cacheKey, state);
  }
  return state;
}

/** next-auth's session-token decode with the derived key and the decrypted tokens kept. */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const state = keyStateFor(secret, salt);
  const now = Date.now();
  const cached = state.tokens.get(token);
  if (cached && now <= cached.validUntilMs) return cached.payload;
  if (cached) state.tokens.delete(token);
  const { payload } = await jwtDecrypt(token, state.key, { clockTolerance: CLOCK_TOLERANCE_S });
  const decoded = Object.freeze(payload) as JWT;
  // A token without an expiry is not kept: nothing would ever end its entry.
  if (typeof payload.exp === "number") {
    if (state.tokens.size >= MAX_CACHED_TOKENS) state.tokens.delete(state.tokens.keys().next().value as string);
    state.tokens.set(token, { payload: decoded, validUntilMs: (payload.exp + CLOCK_TOLERANCE_S) * 1000 });
  }
  return decoded;
}

/**
 * The request's session token, decrypted with the app's secret, or null: getToken (cookie names,
 * chunked cookies, a Bearer header) with the decode above. The proxy and the routes' session
 * lookup both read it here.
 */
export function readSessionToken(req: Parameters<typeof getToken>[0]["req"]): Promise<JWT | null> {
  return getToken({ req, secret: serverEnv().authSecret, decode: decodeSessionToken });
}
