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

const derivedKeys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const cacheKey = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("base64")}`;
  let key = derivedKeys.get(cacheKey);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    derivedKeys.set(cacheKey, key);
  }
  return key;
}

/** next-auth's session-token decode with the derived key kept. */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

/**
 * The request's session token, decrypted with the app's secret, or null: getToken (cookie names,
 * chunked cookies, a Bearer header) with the decode above. The proxy and the routes' session
 * lookup both read it here.
 */
export function readSessionToken(req: Parameters<typeof getToken>[0]["req"]): Promise<JWT | null> {
  return getToken({ req, secret: serverEnv().authSecret, decode: decodeSessionToken });
}
