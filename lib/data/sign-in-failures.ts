import type { Db } from "./db";

export type FailureScope = "email" | "ip";

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

/** Drops failures older than `before` so the table does not grow without bound. */
export async function pruneSignInFailures(db: Db, before: Date): Promise<number> {
  const { count } = await db.signInFailure.deleteMany({ where: { attemptedAt: { lt: before } } });
  return count;
}
