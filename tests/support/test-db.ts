import { createDb, type Db } from "@/lib/data/db";
import { migrateDatabase, newTestDatabase, testProvider } from "./test-database";

export { migrateDatabase, newTestDatabase, testProvider };

export interface TestDb {
  db: Db;
  url: string;
  provider: "sqlite" | "postgresql";
  /** Opens a second, independent client on the same database, as another app instance would. */
  openAnother(): Db;
  close(): Promise<void>;
}

/** A fresh, migrated database (a SQLite file, or a PostgreSQL database), removed on close. */
export function createTestDb(): TestDb {
  const database = newTestDatabase();
  migrateDatabase(database.url);
  const clients: Db[] = [createDb(database.url)];
  return {
    db: clients[0],
    url: database.url,
    provider: testProvider,
    openAnother() {
      const client = createDb(database.url);
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.$disconnect()));
      await database.remove();
    },
  };
}
