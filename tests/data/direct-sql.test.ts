import { afterAll, describe, expect, it } from "vitest";
import { directSql, directTransaction } from "@/lib/data/direct-sql";
import { createDb } from "@/lib/data/db";
import { isUniqueViolation } from "@/lib/data/write-races";
import { createUser } from "@/lib/data/users";
import { createTestDb } from "../support/test-db";

// The grade and quiz paths send their SQL to the driver adapter directly (lib/data/direct-sql.ts);
// their callers decode rows written against $queryRaw, so the two must agree value for value.
describe("directSql and directTransaction (on the client's own adapter)", () => {
  const testDb = createTestDb();
  afterAll(() => testDb.close());
  const { db } = testDb;

  it("returns rows exactly as $queryRaw does: integers, counts, booleans, dates, text, floats and nulls", async () => {
    const user = await createUser(db, { email: "direct-rows@example.com", name: "Rows", passwordHash: null, timezone: "UTC" });
    await db.userSettings.upsert({ where: { userId: user.id }, create: { userId: user.id, desiredRetention: 0.87 }, update: {} });
    const query = (userId: string) => [
      `SELECT u."id", u."email", u."dayStartHour", u."createdAt", u."masteryCapturedAt", st."desiredRetention", st."isFuzzEnabled",
         (SELECT COUNT(*) FROM "User") AS "users"
       FROM "User" u JOIN "UserSettings" st ON st."userId" = u."id" WHERE u."id" = `,
      userId,
    ] as const;
    const [text, id] = query(user.id);
    const viaClient = await db.$queryRawUnsafe<Record<string, unknown>[]>(`${text}${testDb.provider === "postgresql" ? "$1" : "?"}`, id);
    const direct = await directSql(db).$queryRaw<Record<string, unknown>[]>`
      SELECT u."id", u."email", u."dayStartHour", u."createdAt", u."masteryCapturedAt", st."desiredRetention", st."isFuzzEnabled",
        (SELECT COUNT(*) FROM "User") AS "users"
      FROM "User" u JOIN "UserSettings" st ON st."userId" = u."id" WHERE u."id" = ${user.id}`;
    expect(direct).toEqual(viaClient);
    expect(direct[0].createdAt).toBeInstanceOf(Date);
    expect(direct[0].masteryCapturedAt).toBeNull();
  });

  it("commits a transaction's writes together, and rolls all of them back when the work throws", async () => {
    await directTransaction(db, async (tx) => {
      await tx.$executeRaw`INSERT INTO "SignInFailure" ("id", "scope", "key", "attemptedAt") VALUES ('kept-1', 'test', 'direct', ${new Date()})`;
      await tx.$executeRaw`INSERT INTO "SignInFailure" ("id", "scope", "key", "attemptedAt") VALUES ('kept-2', 'test', 'direct', ${new Date()})`;
    });
    await expect(
      directTransaction(db, async (tx) => {
        await tx.$executeRaw`INSERT INTO "SignInFailure" ("id", "scope", "key", "attemptedAt") VALUES ('dropped', 'test', 'direct', ${new Date()})`;
        throw new Error("the work failed");
      }),
    ).rejects.toThrow("the work failed");
    const ids = (await db.signInFailure.findMany({ where: { key: "direct" }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    expect(ids).toEqual(["kept-1", "kept-2"]);
  });

  it("reports a unique violation as the client does (P2002), so a replayed write is recognised", async () => {
    const insert = () => directTransaction(db, (tx) => tx.$executeRaw`INSERT INTO "SignInFailure" ("id", "scope", "key", "attemptedAt") VALUES ('twice', 'test', 'unique', ${new Date()})`);
    await insert();
    const error = await insert().catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    // The failed transaction released the connection (and, on SQLite, the transaction lock).
    await expect(directTransaction(db, (tx) => tx.$queryRaw`SELECT 1 AS "one"`)).resolves.toHaveLength(1);
  });

  it("runs concurrent transactions, its own and the client's, without one seeing the other's BEGIN", async () => {
    const user = await createUser(db, { email: "direct-counter@example.com", name: "Counter", passwordHash: null, timezone: "UTC" });
    const key = { userId: user.id, studyDate: "2026-12-02", topic: "evaluation", rating: 3, isRetentionReview: false };
    const row = await db.reviewDayCount.create({ data: { ...key, count: 0 } });
    // Each reads, waits on the event loop, then increments: on SQLite one connection serves both
    // kinds, so only the adapter's lock keeps a BEGIN from landing inside another transaction.
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        index % 2 === 0
          ? directTransaction(db, async (tx) => {
              await tx.$queryRaw`SELECT "count" FROM "ReviewDayCount" WHERE "id" = ${row.id}`;
              await new Promise((resolve) => setImmediate(resolve));
              await tx.$executeRaw`UPDATE "ReviewDayCount" SET "count" = "count" + 1 WHERE "id" = ${row.id}`;
            })
          : db.$transaction(async (tx) => {
              await tx.reviewDayCount.findUnique({ where: { id: row.id } });
              await new Promise((resolve) => setImmediate(resolve));
              await tx.reviewDayCount.update({ where: { id: row.id }, data: { count: { increment: 1 } } });
            }),
      ),
    );
    expect((await db.reviewDayCount.findUnique({ where: { id: row.id } }))?.count).toBe(20);
  });

  it("gives up waiting for a connection after maxWaitMs, and the late transaction holds nothing", async () => {
    // One connection (the SQLite connection and its lock, or a pool of one): a second transaction waits for the first.
    const client = createDb(testDb.url, { poolSize: 1 });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = directTransaction(client, async (tx) => {
      await tx.$queryRaw`SELECT 1 AS "one"`;
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(directTransaction(client, (tx) => tx.$queryRaw`SELECT 1 AS "one"`, { maxWaitMs: 200 })).rejects.toThrow("No database connection came free within 0.2 s.");
    release();
    await first;
    // The transaction that started after the wait gave up was ended at once: the next one gets through.
    await expect(directTransaction(client, (tx) => tx.$queryRaw`SELECT 1 AS "one"`, { maxWaitMs: 2000 })).resolves.toHaveLength(1);
    await client.$disconnect();
  });

  it("connects the client again after $disconnect", async () => {
    const client = createDb(testDb.url);
    await expect(directSql(client).$queryRaw`SELECT 1 AS "one"`).resolves.toHaveLength(1);
    await client.$disconnect();
    await expect(directSql(client).$queryRaw`SELECT 1 AS "one"`).resolves.toHaveLength(1);
    await client.$disconnect();
  });

  it("refuses a client createDb did not open, with a message that says so", () => {
    expect(() => directSql({})).toThrow("not opened by createDb");
  });
});
