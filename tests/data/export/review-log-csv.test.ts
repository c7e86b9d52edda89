import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamReviewLogCsv } from "@/lib/data/export/stream-review-log-csv";
import { gradeReview } from "@/lib/data/review/grade-review";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { csvField } from "@/lib/domain/export/csv";
import { downloadResponse } from "@/lib/server/download-response";
import { collectText, countingDb, seedReviewLogs } from "../../support/export-fixtures";
import { createLearner, seedSmallKnowledgeBase } from "../../support/review-fixtures";
import { createTestDb } from "../../support/test-db";

const HEADER = "card_id,review_time,review_rating,review_state,review_duration";
const NOW = new Date("2026-11-25T10:00:00Z");

describe("review history CSV", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  beforeAll(() => seedSmallKnowledgeBase(db));
  afterAll(() => testDb.close());

  it("has the optimizer's header and one exact row per review, undone ones and other users' left out", async () => {
    const alice = await createLearner(db);
    const bob = await createLearner(db);
    const grade = (userId: string, cardId: string, id: string, rating: number, at: Date, durationMs: number) =>
      gradeReview(db, userId, { cardId, reviewId: id, rating, version: 0, durationMs }, at);
    const first = new Date("2026-11-20T08:00:00.123Z");
    const second = new Date("2026-11-21T09:30:00Z");
    const undone = new Date("2026-11-22T07:00:00Z");
    await grade(alice, "nlp-beta-method:reverse:0", "alice-review-2", 1, second, 8000);
    await grade(alice, "supervised-alpha-method:basic:0", "alice-review-1", 3, first, 4321);
    await grade(alice, "nlp-gamma-method:cloze:0", "alice-review-3", 4, undone, 100);
    await undoLastReview(db, alice, undone);
    await grade(bob, "supervised-beta-method:basic:0", "bob-review-01", 2, first, 999);

    const csv = await collectText(streamReviewLogCsv(db, alice));
    expect(csv).toBe(
      [
        HEADER,
        `supervised-alpha-method:basic:0,${first.getTime()},3,0,4321`,
        `nlp-beta-method:reverse:0,${second.getTime()},1,0,8000`,
        "",
      ].join("\n"),
    );
    expect(csv).not.toContain("supervised-beta-method");
    // Rows equal the user's logs that were not undone.
    expect(csv.trim().split("\n").length - 1).toBe(await db.reviewLog.count({ where: { userId: alice, deletedAt: null } }));
    expect(await collectText(streamReviewLogCsv(db, await createLearner(db)))).toBe(`${HEADER}\n`);
  });

  it("reads the logs in batches of the given size, ordered by review time across batch borders", async () => {
    const userId = await createLearner(db);
    await seedReviewLogs(db, userId, 30, { cardId: "nlp-delta-method:basic:0", start: NOW });
    const counting = countingDb(db);
    const chunks: string[] = [];
    for await (const chunk of streamReviewLogCsv(counting.db, userId, { batchSize: 7 })) chunks.push(chunk);
    // 7 + 7 + 7 + 7 + 2: five reads, none larger than a batch; one text chunk per batch after the header.
    expect(counting.takes.reviewLog).toEqual([7, 7, 7, 7, 7]);
    expect(chunks).toHaveLength(6);
    const times = chunks.join("").trim().split("\n").slice(1).map((line) => Number(line.split(",")[1]));
    expect(times).toHaveLength(30);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(30);
  });

  it("keeps rows with the same review time apart by review id, none lost or repeated at a batch border", async () => {
    const userId = await createLearner(db);
    const at = new Date("2026-11-23T12:00:00Z");
    await db.reviewLog.createMany({
      data: ["r-c", "r-a", "r-e", "r-b", "r-d"].map((id) => ({
        userId, cardId: "nlp-alpha-method:basic:0", reviewId: `${id}-same-time`, rating: 3, state: 2, due: at, stability: 1, difficulty: 5,
        elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 1, learningSteps: 0, reviewedAt: at, durationMs: id.charCodeAt(2), source: "review",
        previousDue: at, scheduledDue: at, nextState: 2,
      })),
    });
    const csv = await collectText(streamReviewLogCsv(db, userId, { batchSize: 2 }));
    expect(csv.trim().split("\n").slice(1).map((line) => Number(line.split(",")[4]))).toEqual([97, 98, 99, 100, 101]);
  });

  it("streams 20,000 logs in 5,000-row batches", async () => {
    const userId = await createLearner(db);
    await seedReviewLogs(db, userId, 20_000, { cardId: "supervised-gamma-method:basic:0", start: NOW });
    const counting = countingDb(db);
    let lines = 0;
    let largestChunk = 0;
    for await (const chunk of streamReviewLogCsv(counting.db, userId)) {
      lines += chunk.split("\n").length - 1;
      largestChunk = Math.max(largestChunk, chunk.length);
    }
    expect(lines).toBe(20_001);
    expect(counting.takes.reviewLog).toEqual([5000, 5000, 5000, 5000, 5000]);
    // One chunk is one batch of ~45-byte rows, never the whole file.
    expect(largestChunk).toBeLessThan(5000 * 60);
  });

  it("as a download, reads the next batch only when the client asks for more", async () => {
    const userId = await createLearner(db);
    await seedReviewLogs(db, userId, 100, { cardId: "supervised-alpha-method:reverse:0", start: NOW });
    const counting = countingDb(db);
    const response = await downloadResponse(streamReviewLogCsv(counting.db, userId, { batchSize: 10 }), { name: "x.csv", contentType: "text/csv; charset=utf-8" });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    expect(counting.takes.reviewLog.length).toBeLessThanOrEqual(2);
    await reader.cancel();
    // Cancelling stops the generator: no further reads.
    const readsAtCancel = counting.takes.reviewLog.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counting.takes.reviewLog.length).toBe(readsAtCancel);
  });

  it("quotes fields that hold commas, quotes or line breaks", () => {
    expect(csvField("supervised-alpha-method:basic:0")).toBe("supervised-alpha-method:basic:0");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(1764064800000)).toBe("1764064800000");
  });
});
