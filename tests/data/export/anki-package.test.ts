import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAnkiPackage } from "@/lib/data/export/anki/build-anki-package";
import { applyCardAction } from "@/lib/data/review/card-actions";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { gradeReview } from "@/lib/data/review/grade-review";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { ANKI_MODEL_ID, FIELD_SEPARATOR } from "@/lib/domain/export/anki";
import { DAILY_REVIEW_KINDS } from "@/lib/domain/review/review-kinds";
import { studyDayAt } from "@/lib/domain/scheduling/study-day";
import { countingDb } from "../../support/export-fixtures";
import { createLearner, reviewId, seedSmallKnowledgeBase } from "../../support/review-fixtures";
import { createTestDb } from "../../support/test-db";

const START = new Date("2026-11-02T09:00:00Z");
const day = (n: number, hours = 0) => new Date(START.getTime() + n * 86_400_000 + hours * 3_600_000);
const NOW = day(20);
const TOPICS = [
  { id: "supervised", title: "Supervised learning" },
  { id: "nlp", title: "Natural language" },
];

// Anki's schema 11 (rslib/src/storage/schema11.sql): every table with its columns as
// name:type:notnull:pk. Anki's importer opens the packaged file as a collection of this schema.
const SCHEMA11: Record<string, string[]> = {
  col: ["id:integer:0:1", ...["crt", "mod", "scm", "ver", "dty", "usn", "ls"].map((c) => `${c}:integer:1:0`), ...["conf", "models", "decks", "dconf", "tags"].map((c) => `${c}:text:1:0`)],
  notes: ["id:integer:0:1", "guid:text:1:0", "mid:integer:1:0", "mod:integer:1:0", "usn:integer:1:0", "tags:text:1:0", "flds:text:1:0", "sfld:integer:1:0", "csum:integer:1:0", "flags:integer:1:0", "data:text:1:0"],
  cards: ["id:integer:0:1", ...["nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags"].map((c) => `${c}:integer:1:0`), "data:text:1:0"],
  revlog: ["id:integer:0:1", ...["cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"].map((c) => `${c}:integer:1:0`)],
  graves: ["usn:integer:1:0", "oid:integer:1:0", "type:integer:1:0"],
};
const SCHEMA11_INDEXES = ["ix_cards_nid", "ix_cards_sched", "ix_cards_usn", "ix_notes_csum", "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn"];

type Row = Record<string, number | string>;

function openPackage(zip: Uint8Array) {
  const files = unzipSync(zip);
  const collection = new Database(Buffer.from(files["collection.anki2"]), { readonly: true });
  return { files, collection, all: (sql: string) => collection.prepare(sql).all() as Row[] };
}

describe("Anki package export", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  let alice = "";
  let bob = "";
  beforeAll(async () => {
    await seedSmallKnowledgeBase(db);
    alice = await createLearner(db);
    bob = await createLearner(db);
    await getReviewSession(db, alice, { topic: null, now: day(0) });
    const grade = async (userId: string, cardId: string, rating: number, at: Date) => {
      const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } }, select: { version: true } });
      await gradeReview(db, userId, { cardId, reviewId: reviewId(), rating, version: state.version, durationMs: 1500 + rating * 40_000 }, at);
    };
    await grade(alice, "supervised-alpha-method:basic:0", 3, day(0));
    await grade(alice, "supervised-alpha-method:basic:0", 3, day(0, 0.2));
    await grade(alice, "supervised-alpha-method:basic:0", 4, day(3));
    await grade(alice, "nlp-beta-method:reverse:0", 1, day(1));
    await grade(alice, "nlp-gamma-method:cloze:0", 4, day(2));
    await grade(alice, "nlp-gamma-method:cloze:0", 3, day(8));
    await undoLastReview(db, alice, day(8, 1));
    await grade(alice, "supervised-beta-method:cloze:0", 4, day(4));
    await applyCardAction(db, alice, "supervised-beta-method:cloze:0", { action: "reset" }, day(5));
    await applyCardAction(db, alice, "supervised-delta-method:basic:0", { action: "suspend" }, day(6));
    await getReviewSession(db, bob, { topic: null, now: day(0) });
    await grade(bob, "nlp-alpha-method:basic:0", 3, day(0, 5));
  });
  afterAll(() => testDb.close());

  it("is a zip of collection.anki2 and an empty media list, a sound schema-11 collection as Anki's importer opens it", async () => {
    const { files, collection, all } = openPackage(await buildAnkiPackage(db, alice, { now: NOW, topics: TOPICS }));
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    expect(strFromU8(files.media)).toBe("{}");
    expect(collection.pragma("integrity_check", { simple: true })).toBe("ok");
    for (const [table, columns] of Object.entries(SCHEMA11)) {
      const info = all(`PRAGMA table_info(${table})`).map((c) => `${c.name}:${String(c.type).toLowerCase()}:${c.notnull}:${c.pk}`);
      expect(info, table).toEqual(columns);
    }
    expect(all("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name").map((r) => r.name)).toEqual(SCHEMA11_INDEXES);
    const cols = all("SELECT * FROM col");
    expect(cols).toHaveLength(1);
    expect(cols[0]).toMatchObject({ id: 1, ver: 11, crt: studyDayAt(day(0), "UTC", 4).startsAt.getTime() / 1000 });
    // Anki refuses ids in the future (gather.rs check_ids: none past now + 1 day).
    const tomorrow = NOW.getTime() + 86_400_000;
    expect(all("SELECT max(id) AS m FROM notes UNION ALL SELECT max(id) FROM cards UNION ALL SELECT max(id) FROM revlog").every((r) => Number(r.m) <= tomorrow)).toBe(true);
    collection.close();
  });

  it("has one note and card per review card of the learner, with the front and back the review page shows", async () => {
    const { collection, all } = openPackage(await buildAnkiPackage(db, alice, { now: NOW, topics: TOPICS }));
    const expectedCount = await db.cardState.count({ where: { userId: alice, cardKind: { in: [...DAILY_REVIEW_KINDS] } } });
    const notes = all("SELECT * FROM notes ORDER BY id");
    expect(notes).toHaveLength(expectedCount);
    expect(all("SELECT count(*) AS n FROM cards")[0].n).toBe(expectedCount);
    expect(all("SELECT count(*) AS n FROM cards c JOIN notes n ON n.id = c.nid WHERE c.ord = 0")[0].n).toBe(expectedCount);
    expect(new Set(notes.map((n) => n.guid)).size).toBe(expectedCount);

    const card = await db.card.findUniqueOrThrow({ where: { id: "nlp-beta-method:reverse:0" } });
    const payload = JSON.parse(card.payload) as { prompt: string; answer: string };
    const note = notes.find((n) => String(n.tags).includes("concept::nlp-beta-method") && String(n.flds).includes("Definition → term"))!;
    const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
    expect(String(note.flds).split(FIELD_SEPARATOR)).toEqual([escape(payload.prompt), escape(payload.answer), "Definition → term", "Natural language"]);
    expect(note.tags).toBe(" topic::nlp concept::nlp-beta-method ");
    expect(note.mid).toBe(ANKI_MODEL_ID);
    expect(note.sfld).toBe(payload.prompt);
    expect(note.csum).toBe(createHash("sha1").update(payload.prompt).digest().readUInt32BE(0));
    // Kinds the learner's review leaves out (quiz items) are not in the deck.
    expect(all("SELECT flds FROM notes").some((n) => /Multiple choice|True or false/.test(String(n.flds)))).toBe(false);
    collection.close();
  });

  it("gives each card Anki's type, queue and due for its state here", async () => {
    const { collection, all } = openPackage(await buildAnkiPackage(db, alice, { now: NOW, topics: TOPICS }));
    const byConcept = (concept: string, kind: string) =>
      all(`SELECT c.* FROM cards c JOIN notes n ON n.id = c.nid WHERE n.tags LIKE '% concept::${concept} %' AND n.flds LIKE '%${kind}%'`)[0];
    const dayNumber = (at: Date) => Math.round((Date.parse(studyDayAt(at, "UTC", 4).date) - Date.parse(studyDayAt(day(0), "UTC", 4).date)) / 86_400_000);
    const reviewed = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId: "supervised-alpha-method:basic:0" } } });
    expect(reviewed.state).toBe(2);
    expect(byConcept("supervised-alpha-method", "Term → definition")).toMatchObject({ type: 2, queue: 2, due: dayNumber(reviewed.due), ivl: reviewed.scheduledDays, reps: 3, lapses: 0 });
    expect(JSON.parse(String(byConcept("supervised-alpha-method", "Term → definition").data))).toMatchObject({ s: expect.closeTo(reviewed.stability, 3), d: expect.closeTo(reviewed.difficulty, 2), dr: 0.9 });
    const learning = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId: "nlp-beta-method:reverse:0" } } });
    expect(byConcept("nlp-beta-method", "Definition → term")).toMatchObject({ type: 1, queue: 1, due: Math.floor(learning.due.getTime() / 1000) });
    const fresh = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId: "nlp-delta-method:basic:0" } } });
    expect(byConcept("nlp-delta-method", "Term → definition")).toMatchObject({ type: 0, queue: 0, due: fresh.newPosition, ivl: 0, reps: 0 });
    expect(byConcept("supervised-delta-method", "Term → definition")).toMatchObject({ type: 0, queue: -1 });
    expect(byConcept("supervised-beta-method", "Fill in the blank")).toMatchObject({ type: 0, queue: 0 });
    // Every card is in a topic subdeck of the col row, every note of the note type there.
    const col = all("SELECT models, decks FROM col")[0];
    const decks = JSON.parse(String(col.decks)) as Record<string, { name: string; conf: number }>;
    const models = JSON.parse(String(col.models)) as Record<string, { flds: { name: string }[]; tmpls: unknown[] }>;
    expect(Object.values(decks).map((d) => d.name).sort()).toEqual(["Default", "Recall ML", "Recall ML::Natural language", "Recall ML::Supervised learning"]);
    expect(all("SELECT DISTINCT did FROM cards").every((r) => String(r.did) in decks)).toBe(true);
    expect(all("SELECT DISTINCT mid FROM notes").map((r) => String(r.mid))).toEqual(Object.keys(models));
    expect(models[ANKI_MODEL_ID].flds.map((f) => f.name)).toEqual(["Front", "Back", "Kind", "Topic"]);
    collection.close();
  });

  it("has one revlog row per grade that was not undone, in order, and a reset marker after a reset card's grades", async () => {
    const { collection, all } = openPackage(await buildAnkiPackage(db, alice, { now: NOW, topics: TOPICS }));
    const logs = await db.reviewLog.findMany({ where: { userId: alice, deletedAt: null }, orderBy: [{ reviewedAt: "asc" }, { reviewId: "asc" }] });
    const revlog = all("SELECT r.*, n.tags FROM revlog r JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid ORDER BY r.id");
    const graded = revlog.filter((r) => r.type !== 4);
    expect(graded).toHaveLength(logs.length);
    expect(graded.map((r) => r.ease)).toEqual(logs.map((log) => log.rating));
    expect(graded.map((r) => r.id)).toEqual(logs.map((log) => log.reviewedAt.getTime()));
    expect(graded.map((r) => String(r.tags).match(/concept::(\S+)/)![1])).toEqual(logs.map((log) => log.cardId.split(":")[0]));
    expect(graded.map((r) => r.time)).toEqual(logs.map((log) => Math.min(60_000, log.durationMs)));
    // First grade of a new card is a learning answer; the third grade of alpha found it in review.
    expect(graded.map((r) => r.type)).toEqual(logs.map((log) => ({ 0: 0, 1: 0, 2: 1, 3: 2 })[log.state]));
    expect(graded.find((r) => r.id === day(3).getTime())).toMatchObject({ type: 1, ease: 4 });
    // The undone grade (day 8) and bob's grade are not there.
    expect(graded.some((r) => r.id === day(8).getTime() || r.id === day(0, 5).getTime())).toBe(false);
    const reset = revlog.filter((r) => r.type === 4);
    expect(reset).toHaveLength(1);
    expect(reset[0]).toMatchObject({ ease: 0, ivl: 0, factor: 0 });
    expect(String(reset[0].tags)).toContain("concept::supervised-beta-method");
    expect(Number(reset[0].id)).toBeGreaterThan(day(4).getTime());
    collection.close();
  });

  it("marks a reset between a card's old grades and its grades since, so Anki's FSRS starts it over there", async () => {
    const carol = await createLearner(db);
    await getReviewSession(db, carol, { topic: null, now: day(0) });
    const cardId = "nlp-alpha-method:cloze:0";
    const grade = async (rating: number, at: Date) => {
      const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: carol, cardId } }, select: { version: true } });
      await gradeReview(db, carol, { cardId, reviewId: reviewId(), rating, version: state.version, durationMs: 2000 }, at);
    };
    await grade(3, day(0));
    await grade(3, day(2));
    await applyCardAction(db, carol, cardId, { action: "reset" }, day(3));
    await grade(1, day(4));
    const { collection, all } = openPackage(await buildAnkiPackage(db, carol, { now: NOW, topics: TOPICS }));
    const revlog = all("SELECT r.id, r.type, r.ease FROM revlog r ORDER BY r.id");
    expect(revlog.map((r) => [r.type, r.ease])).toEqual([
      [0, 3],
      [0, 3],
      [4, 0],
      [0, 1],
    ]);
    expect(Number(revlog[2].id)).toBeLessThan(day(4).getTime() + 2);
    expect(Number(revlog[2].id)).toBeGreaterThan(day(2).getTime());
    collection.close();
  });

  it("gives cards buried past the export Anki's buried queue, and cards whose burial ended their own queue", async () => {
    const dave = await createLearner(db);
    await getReviewSession(db, dave, { topic: null, now: day(0) });
    const grade = async (cardId: string, rating: number, at: Date) => {
      const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: dave, cardId } }, select: { version: true } });
      await gradeReview(db, dave, { cardId, reviewId: reviewId(), rating, version: state.version, durationMs: 2000 }, at);
    };
    // Graded on day 0 (siblings buried until day 1), then again at NOW: its siblings are buried now.
    await grade("nlp-alpha-method:basic:0", 3, day(0));
    await grade("nlp-alpha-method:reverse:0", 3, day(0, 0.1));
    await grade("nlp-alpha-method:basic:0", 3, day(0, 0.3));
    await grade("nlp-alpha-method:basic:0", 4, new Date(NOW.getTime() - 3_600_000));
    await applyCardAction(db, dave, "supervised-alpha-method:basic:0", { action: "bury" }, NOW);
    const states = await db.cardState.findMany({ where: { userId: dave, cardId: { in: ["nlp-alpha-method:reverse:0", "nlp-alpha-method:cloze:0", "supervised-alpha-method:basic:0"] } } });
    expect(states.every((s) => s.buriedUntil !== null && s.buriedUntil > NOW)).toBe(true);
    const { collection, all } = openPackage(await buildAnkiPackage(db, dave, { now: NOW, topics: TOPICS }));
    const card = (concept: string, kind: string) =>
      all(`SELECT c.* FROM cards c JOIN notes n ON n.id = c.nid WHERE n.tags LIKE '% concept::${concept} %' AND n.flds LIKE '%${kind}%'`)[0];
    const reverse = states.find((s) => s.cardId === "nlp-alpha-method:reverse:0")!;
    expect(reverse.state).not.toBe(0);
    expect(card("nlp-alpha-method", "Definition → term")).toMatchObject({ type: reverse.state === 2 ? 2 : 1, queue: -2, reps: 1 });
    expect(card("nlp-alpha-method", "Fill in the blank")).toMatchObject({ type: 0, queue: -2 });
    expect(card("supervised-alpha-method", "Term → definition")).toMatchObject({ type: 0, queue: -2 });
    // The graded card itself is not buried, and no card buried only until day 1 is either.
    expect(card("nlp-alpha-method", "Term → definition").queue).toBeGreaterThanOrEqual(0);
    expect(all("SELECT count(*) AS n FROM cards WHERE queue = -2")[0].n).toBe(3);
    // The burial is today's, so Anki 2.1 does not unbury the cards when it opens the package.
    const dayNumber = Math.round((Date.parse(studyDayAt(NOW, "UTC", 4).date) - Date.parse(studyDayAt(day(0), "UTC", 4).date)) / 86_400_000);
    expect(JSON.parse(String(all("SELECT conf FROM col")[0].conf))).toMatchObject({ lastUnburied: dayNumber });
    collection.close();
  });

  it("reads in keyset batches and builds the same collection whatever the batch size", async () => {
    const counting = countingDb(db);
    const small = openPackage(await buildAnkiPackage(counting.db, alice, { now: NOW, topics: TOPICS, batchSize: 4 }));
    const large = openPackage(await buildAnkiPackage(db, alice, { now: NOW, topics: TOPICS }));
    expect(Math.max(...counting.takes.cardState, ...counting.takes.reviewLog)).toBe(4);
    expect(counting.takes.reviewLog.length).toBeGreaterThan(1);
    for (const table of ["notes", "cards", "revlog", "col"]) expect(small.all(`SELECT * FROM ${table} ORDER BY id`), table).toEqual(large.all(`SELECT * FROM ${table} ORDER BY id`));
    small.collection.close();
    large.collection.close();
  });

  it("holds nothing of another learner, and every card as new for a learner who never studied", async () => {
    const { collection, all } = openPackage(await buildAnkiPackage(db, bob, { now: NOW, topics: TOPICS }));
    expect(all("SELECT id FROM revlog").map((r) => r.id)).toEqual([day(0, 5).getTime()]);
    collection.close();
    // Their state rows do not exist yet (they never opened the review): the export makes them.
    const newcomer = await createLearner(db);
    const empty = openPackage(await buildAnkiPackage(db, newcomer, { now: NOW, topics: TOPICS }));
    const reviewable = await db.cardState.count({ where: { userId: newcomer, cardKind: { in: ["basic", "reverse", "cloze", "compare"] } } });
    expect(reviewable).toBeGreaterThan(0);
    expect(empty.all("SELECT count(*) AS n FROM notes UNION ALL SELECT count(*) FROM revlog UNION ALL SELECT count(*) FROM cards WHERE type <> 0").map((r) => r.n)).toEqual([reviewable, 0, 0]);
    expect(empty.collection.pragma("integrity_check", { simple: true })).toBe("ok");
    empty.collection.close();
  });
});
