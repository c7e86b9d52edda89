import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

// Verified when the email is unknown too, so response time does not reveal whether it exists.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$4dK+ZQGtw3LNt3u1xKluZg$dl6v8e0vRFRz2h/LQn2IsydURpw4GdtUcxn5jn7tz34";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const isMatch = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && isMatch;
  } catch {
    return false;
  }
}
