import type { Db } from "./db";

/** True when a trivial query round-trips; it also proves the schema is migrated. */
export async function checkDatabase(db: Db): Promise<boolean> {
  await db.user.count({ take: 1 });
  return true;
}
