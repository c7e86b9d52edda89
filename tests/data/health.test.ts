import { describe, expect, it, afterAll } from "vitest";
import { createDb } from "@/lib/data/db";
import { checkDatabase } from "@/lib/data/health";
import { createTestDb } from "../support/test-db";

describe("checkDatabase (behind GET /api/health)", () => {
  const testDb = createTestDb();
  afterAll(() => testDb.close());

  it("answers true for a reachable, migrated database", async () => {
    await expect(checkDatabase(testDb.db)).resolves.toBe(true);
  });

  it("fails for a database it cannot open, which the route turns into 503", async () => {
    const unreachable = createDb("file:/nonexistent-directory/recall.db");
    await expect(checkDatabase(unreachable)).rejects.toThrow();
  });
});
