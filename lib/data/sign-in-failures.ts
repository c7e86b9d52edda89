import type { Db } from "./db";

// Rate-limit events by key: failed sign-ins per email and per IP, and sign-up attempts per IP.
export type FailureScope = "email" | "ip" | "sign-up-ip";

export async function recordSignInFailure(db: Db, scope: FailureScope, key: string, attemptedAt: Date): Promise<void> {
  await db.signInFailure.create({ data: { scope, key, attemptedAt } });
}

/** Failure times for a key since `since`, oldest first. */
export async function listSignInFailuresSince(db: Db, scope: FailureScope, key: string, since: Date): Promise<Date[]> {
  const rows = await db.signInFailure.findMany({
    where: { scope, key, attemptedAt: { gte: since } },
    select: { attemptedAt: true },
    orderBy: { attemptedAt: "asc" },
  });
  return rows.map((row) => row.attemptedAt);
}

export async function clearSignInFailures(db: Db, scope: FailureScope, key: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { scope, key } });
}

/** Drops the scopes' events older than `before` so the table does not grow without bound. */
export async function pruneSignInFailures(db: Db, scopes: readonly FailureScope[], before: Date): Promise<number> {
  const { count } = await db.signInFailure.deleteMany({ where: { scope: { in: [...scopes] }, attemptedAt: { lt: before } } });
  return count;
}
