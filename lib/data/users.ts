import type { Db } from "./db";
import { isUniqueViolation } from "./write-races";
import { ConflictError } from "../domain/errors";

export interface UserProfile {
  id: string;
  email: string;
  name: string;
  timezone: string;
  dayStartHour: number;
}

const profileSelect = { id: true, email: true, name: true, timezone: true, dayStartHour: true } as const;

/**
 * Creates a user and their default settings in one transaction.
 * Throws ConflictError when the email is taken (callers show a generic message).
 */
export async function createUser(
  db: Db,
  input: { email: string; name: string; passwordHash: string | null; timezone: string },
): Promise<UserProfile> {
  try {
    return await db.user.create({
      data: { ...input, settings: { create: {} } },
      select: profileSelect,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("An account with this email cannot be created.");
    throw error;
  }
}

/** The credentials needed to check a password; null when no such email (or no password set). */
export async function findPasswordHashByEmail(db: Db, email: string): Promise<{ id: string; passwordHash: string } | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  return user?.passwordHash ? { id: user.id, passwordHash: user.passwordHash } : null;
}

export async function getUserProfile(db: Db, userId: string): Promise<UserProfile | null> {
  return db.user.findUnique({ where: { id: userId }, select: profileSelect });
}

/** Finds or creates the user behind an OAuth identity, linking by verified email when it exists. */
export async function upsertOAuthUser(
  db: Db,
  input: { provider: string; providerAccountId: string; email: string; name: string },
): Promise<UserProfile> {
  return db.$transaction(async (tx) => {
    const linked = await tx.oAuthAccount.findUnique({
      where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
      select: { user: { select: profileSelect } },
    });
    if (linked) return linked.user;
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: profileSelect });
    const user =
      existing ??
      (await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash: null, settings: { create: {} } },
        select: profileSelect,
      }));
    await tx.oAuthAccount.create({
      data: { userId: user.id, provider: input.provider, providerAccountId: input.providerAccountId },
    });
    return user;
  });
}
