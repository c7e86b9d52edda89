import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import type { Queryable } from "../db";
import type { RawQueryable } from "../direct-sql";
import type { TopicWeekSum } from "../../domain/mastery/weekly-mastery-snapshots";

/** Stores week snapshots; one already taken (a concurrent grade got there first) is kept. Portable SQL. */
export async function insertWeekSnapshots(db: RawQueryable, userId: string, rows: readonly TopicWeekSum[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const values = rows
      .slice(start, start + 200)
      .map((row) => Prisma.sql`(${randomUUID()}, ${userId}, ${row.weekStartDate}, ${row.measuredAt}, ${row.topic}, ${row.retrievabilitySum}, ${row.cardCount})`);
    await db.$executeRaw`
      INSERT INTO "TopicWeekMastery" ("id", "userId", "weekStartDate", "measuredAt", "topic", "retrievabilitySum", "cardCount")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("userId", "weekStartDate", "topic") DO NOTHING`;
  }
}

/** The learner's snapshots measured at or after `since`. */
export async function listWeekSnapshots(db: Queryable, userId: string, since: Date, topic?: string): Promise<TopicWeekSum[]> {
  return db.topicWeekMastery.findMany({
    where: { userId, measuredAt: { gte: since }, ...(topic === undefined ? {} : { topic }) },
    select: { weekStartDate: true, measuredAt: true, topic: true, retrievabilitySum: true, cardCount: true },
    orderBy: { measuredAt: "asc" },
  });
}
