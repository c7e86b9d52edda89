import { getDb, type Db } from "../data/db";
import { databaseProviderOf, sqliteFilePath } from "../data/database-url";
import { startWalCheckpointer } from "../data/wal-checkpointer";
import { serverEnv } from "./env";

/** The database of the running app, as configured by DATABASE_URL. */
export function appDb(): Db {
  const { databaseUrl, databasePoolSize } = serverEnv();
  if (databaseProviderOf(databaseUrl) === "sqlite") startWalCheckpointer(sqliteFilePath(databaseUrl));
  return getDb(databaseUrl, { poolSize: databasePoolSize });
}
