import { ConflictError } from "../domain/errors";

/** A unique constraint refused the write (Prisma P2002): a retried or racing request got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}

/**
 * Runs a write transaction, and once more if it lost a race. On PostgreSQL two identical requests
 * (a retry, a double click, the same grade sent to two instances) run at once: the loser's
 * conditional update finds the row changed (ConflictError), its insert hits the unique key, or
 * the database cancels it (P2034, a write conflict or deadlock). Run again, it sees the winner's
 * commit and replays its result; a genuine conflict fails the second time too. (SQLite runs
 * writers one at a time, so there it never loses a race.)
 */
export async function retryIfRaced<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ConflictError) && !isUniqueViolation(error) && prismaCode(error) !== "P2034") throw error;
    return write();
  }
}

function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined;
}
