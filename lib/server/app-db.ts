import { getDb, type Db } from "../data/db";
import { serverEnv } from "./env";

/** The database of the running app, as configured by DATABASE_URL. */
export function appDb(): Db {
  return getDb(serverEnv().databaseUrl);
}
