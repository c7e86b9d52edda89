import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  ANKI_MODEL_ID,
  ANKI_RESET_ENTRY,
  ankiCardSchedule,
  ankiCollectionJson,
  ankiDayNumber,
  ankiNote,
  ankiPresetSettings,
  ankiRevlogEntry,
  fieldChecksum,
  fieldHtml,
  minutesWestOfUtc,
  noteGuid,
  RevlogIds,
  stepMinutes,
  stripHtml,
  tagsField,
  type AnkiCardStateInput,
  type AnkiScheduleSettings,
} from "@/lib/domain/export/anki";

const AT = new Date("2026-11-25T10:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;
const SETTINGS: AnkiScheduleSettings = {
  clock: { timezone: "Europe/Berlin", dayStartHour: 4, creationDate: "2026-11-01" },
  learningStepCount: 2,
  relearningStepCount: 1,
  desiredRetention: 0.9,
};
const state = (overrides: Partial<AnkiCardStateInput>): AnkiCardStateInput => ({
  state: 0, due: AT, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null, newPosition: 7, isSuspended: false, isBuried: false, ...overrides,
});

describe("Anki note text", () => {
  it("escapes card text as HTML with line breaks as <br>, and strips it back as Anki does for sfld and csum", () => {
    const text = 'Precision < recall & "F1"\nisn\'t <b>bold</b>';
    const html = fieldHtml(text);
    expect(html).toBe("Precision &lt; recall &amp; &quot;F1&quot;<br>isn&#39;t &lt;b&gt;bold&lt;/b&gt;");
    // Anki removes the <br> tag (no space) and decodes entities once.
    expect(stripHtml(html)).toBe('Precision < recall & "F1"isn\'t <b>bold</b>');
    expect(stripHtml("a&nbsp;b &#233; &#x41; &amp;lt;")).toBe("a b é A &lt;");
    expect(fieldChecksum(html)).toBe(createHash("sha1").update(stripHtml(html)).digest().readUInt32BE(0));
    // Anki's own test vector (rslib/src/notes/mod.rs): field_checksum("test") == 2840236005.
    expect(fieldChecksum("test")).toBe(2_840_236_005);
    expect(fieldChecksum("今日")).toBe(1_464_653_051);
  });

  it("normalises to NFC and CRLF to <br>", () => {
    expect(fieldHtml("e\u0301\r\nx")).toBe("é<br>x");
  });

  it("gives a note guid fixed by the card id, and tags without spaces", () => {
    expect(noteGuid("nlp-alpha:basic:0")).toBe(noteGuid("nlp-alpha:basic:0"));
    expect(noteGuid("nlp-alpha:basic:0")).not.toBe(noteGuid("nlp-alpha:reverse:0"));
    expect(tagsField(["topic::nlp", "two words"])).toBe(" topic::nlp two_words ");
    expect(tagsField([])).toBe("");
  });

  it("makes a note from what the review page shows: prompt, answer, kind, topic title", () => {
    const note = ankiNote({
      cardId: "nlp-alpha:cloze:0", conceptId: "nlp-alpha", topic: "nlp", topicTitle: "Natural language", kind: "cloze",
      payload: { kind: "cloze", prompt: "A ____ explains.", answer: "model", term: "model", accepted: ["model"] }, reps: 3, isLeech: true, isRetired: false,
    });
    expect(note.flds.split("\x1f")).toEqual(["A ____ explains.", "model", "Fill in the blank", "Natural language"]);
    expect(note).toMatchObject({ sfld: "A ____ explains.", csum: fieldChecksum("A ____ explains."), tags: " topic::nlp concept::nlp-alpha leech " });
  });
});

describe("Anki card scheduling", () => {
  it("counts day numbers in the learner's study days from the creation date", () => {
    expect(ankiDayNumber(new Date("2026-11-01T03:30:00Z"), SETTINGS.clock)).toBe(0);
    // 2 am in Berlin on the 3rd still belongs to the 2nd (day starts at 4).
    expect(ankiDayNumber(new Date("2026-11-03T01:00:00Z"), SETTINGS.clock)).toBe(1);
    expect(ankiDayNumber(new Date("2026-11-03T03:00:00Z"), SETTINGS.clock)).toBe(2);
  });

  it("maps new, learning, day-learning, review, relearning and suspended states", () => {
    expect(ankiCardSchedule(state({}), SETTINGS)).toEqual({ type: 0, queue: 0, due: 7, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "" });
    const learning = ankiCardSchedule(state({ state: 1, due: new Date(AT.getTime() + 10 * MINUTE), stability: 2.3, difficulty: 5.5, learningSteps: 1, reps: 1, lastReview: AT }), SETTINGS);
    expect(learning).toMatchObject({ type: 1, queue: 1, due: AT.getTime() / 1000 + 600, left: 1, ivl: 0 });
    expect(JSON.parse(learning.data)).toEqual({ s: 2.3, d: 5.5, dr: 0.9, lrt: AT.getTime() / 1000 });
    expect(ankiCardSchedule(state({ state: 1, due: new Date(AT.getTime() + DAY), scheduledDays: 1, stability: 1, difficulty: 5 }), SETTINGS)).toMatchObject({ type: 1, queue: 3, due: 25 });
    expect(ankiCardSchedule(state({ state: 2, due: new Date("2026-12-01T09:00:00Z"), scheduledDays: 6, stability: 6.1, difficulty: 4, reps: 4, lapses: 1 }), SETTINGS)).toMatchObject({
      type: 2, queue: 2, due: 30, ivl: 6, factor: 2500, reps: 4, lapses: 1, left: 0,
    });
    expect(ankiCardSchedule(state({ state: 3, due: AT, stability: 1, difficulty: 7 }), SETTINGS)).toMatchObject({ type: 3, queue: 1, left: 1, ivl: 1 });
    expect(ankiCardSchedule(state({ state: 2, scheduledDays: 3, stability: 3, difficulty: 4, isSuspended: true }), SETTINGS)).toMatchObject({ type: 2, queue: -1 });
    expect(ankiCardSchedule(state({ isSuspended: true }), SETTINGS)).toMatchObject({ type: 0, queue: -1 });
  });

  it("puts a card buried past the export in Anki's buried queue, with its type and due kept for when Anki unburies it", () => {
    const review = { state: 2, due: new Date("2026-12-01T09:00:00Z"), scheduledDays: 6, stability: 6.1, difficulty: 4, reps: 4 };
    expect(ankiCardSchedule(state({ ...review, isBuried: true }), SETTINGS)).toMatchObject({ type: 2, queue: -2, due: 30, ivl: 6 });
    const learning = { state: 1, due: new Date(AT.getTime() + 10 * MINUTE), stability: 2.3, difficulty: 5.5, learningSteps: 1, reps: 1 };
    expect(ankiCardSchedule(state({ ...learning, isBuried: true }), SETTINGS)).toMatchObject({ type: 1, queue: -2, due: AT.getTime() / 1000 + 600 });
    expect(ankiCardSchedule(state({ isBuried: true }), SETTINGS)).toMatchObject({ type: 0, queue: -2, due: 7 });
    // Suspended and buried: suspended, as Anki keeps one queue.
    expect(ankiCardSchedule(state({ ...review, isBuried: true, isSuspended: true }), SETTINGS)).toMatchObject({ type: 2, queue: -1 });
  });
});

describe("Anki revlog", () => {
  const log = (overrides: Partial<Parameters<typeof ankiRevlogEntry>[0]>) =>
    ankiRevlogEntry({ rating: 3, state: 0, nextState: 1, reviewedAt: AT, due: AT, previousDue: AT, scheduledDue: new Date(AT.getTime() + 10 * MINUTE), scheduledDays: 0, difficulty: 0, durationMs: 4321, ...overrides });

  it("maps a first answer to a learning entry with the next step in negative seconds", () => {
    expect(log({})).toEqual({ ease: 3, ivl: -600, lastIvl: 0, factor: 0, time: 4321, type: 0 });
  });

  it("gives review answers days, the previous interval and the difficulty as 100-1100", () => {
    expect(log({ rating: 4, state: 2, nextState: 2, scheduledDue: new Date(AT.getTime() + 12 * DAY), scheduledDays: 5, difficulty: 5.5 })).toEqual({
      ease: 4, ivl: 12, lastIvl: 5, factor: 600, time: 4321, type: 1,
    });
    // A lapse: review -> relearning, next step 10 minutes.
    expect(log({ rating: 1, state: 2, nextState: 3, scheduledDays: 20, difficulty: 10 })).toMatchObject({ ivl: -600, lastIvl: 20, factor: 1100, type: 1 });
    // Graduating from relearning: the previous step from the last review to the due date.
    expect(log({ state: 3, nextState: 2, due: new Date(AT.getTime() - 10 * MINUTE), previousDue: AT, scheduledDue: new Date(AT.getTime() + 2 * DAY) })).toMatchObject({ ivl: 2, lastIvl: -600, type: 2 });
  });

  it("caps the answer time at a minute, as Anki records it", () => {
    expect(log({ durationMs: 95_000 }).time).toBe(60_000);
    expect(ANKI_RESET_ENTRY).toEqual({ ease: 0, ivl: 0, lastIvl: 0, factor: 0, time: 0, type: 4 });
  });

  it("keeps revlog ids unique and in order when grades share a millisecond", () => {
    const ids = new RevlogIds();
    expect([1000, 1000, 1000, 1002, 1500].map((ms) => ids.next(ms))).toEqual([1000, 1001, 1002, 1003, 1500]);
  });
});

describe("Anki collection JSON", () => {
  const preset = ankiPresetSettings(
    { desiredRetention: 0.87, maximumIntervalDays: 400, learningSteps: "2m 1h", relearningSteps: "15m", isFuzzEnabled: true },
    { newCardsPerDay: 12, reviewsPerDay: 150 },
    5,
  );
  const json = ankiCollectionJson({
    nowSecs: 1_764_064_800, dayStartHour: 5, creationOffsetMinutes: -60, localOffsetMinutes: -60,
    decks: [{ id: 1_764_000_000_101, name: "Recall ML::Deep learning" }], preset, nextNewPosition: 40, today: 24,
  });

  it("has the keys Anki's schema-11 structs require", () => {
    const models = JSON.parse(json.models);
    const model = models[ANKI_MODEL_ID];
    for (const key of ["id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css"]) expect(model, key).toHaveProperty(key);
    for (const field of model.flds) for (const key of ["name", "ord", "sticky", "rtl", "font", "size"]) expect(field).toHaveProperty(key);
    expect(model.tmpls[0]).toMatchObject({ name: "Card 1", ord: 0 });
    const decks = Object.values(JSON.parse(json.decks)) as Record<string, unknown>[];
    expect(decks.map((deck) => deck.name)).toEqual(["Default", "Recall ML", "Recall ML::Deep learning"]);
    for (const deck of decks) for (const key of ["id", "name", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed", "dyn", "conf"]) expect(deck).toHaveProperty(key);
    const dconf = JSON.parse(json.dconf);
    for (const conf of Object.values(dconf) as Record<string, Record<string, unknown>>[]) {
      for (const key of ["id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse"]) expect(conf).toHaveProperty(key);
      for (const key of ["delays", "initialFactor", "ints", "order", "perDay"]) expect(conf.new).toHaveProperty(key);
      for (const key of ["ease4", "ivlFct", "maxIvl", "perDay"]) expect(conf.rev).toHaveProperty(key);
      for (const key of ["delays", "leechAction", "leechFails", "minInt", "mult"]) expect(conf.lapse).toHaveProperty(key);
    }
    // lastUnburied is today: Anki 2.1's scheduler unburies a collection whose lastUnburied is before its today.
    expect(JSON.parse(json.conf)).toMatchObject({ schedVer: 2, sched2021: true, rollover: 5, creationOffset: -60, nextPos: 40, lastUnburied: 24 });
  });

  it("carries the learner's settings into the Recall ML preset", () => {
    const recallPreset = Object.values(JSON.parse(json.dconf)).find((conf) => (conf as { name: string }).name === "Recall ML") as Record<string, Record<string, unknown>> & { fsrsParams6: number[] };
    expect(recallPreset.new).toMatchObject({ delays: [2, 60], perDay: 12 });
    expect(recallPreset.lapse).toMatchObject({ delays: [15], leechFails: 5 });
    expect(recallPreset.rev).toMatchObject({ maxIvl: 400, perDay: 150 });
    expect(recallPreset.desiredRetention).toBe(0.87);
    expect(recallPreset.fsrsParams6).toHaveLength(21);
    expect(stepMinutes("1m 10m 1d")).toEqual([1, 10, 1440]);
    expect(stepMinutes("")).toEqual([]);
  });

  it("gives UTC offsets in minutes west, with daylight saving", () => {
    expect(minutesWestOfUtc(new Date("2026-07-01T12:00:00Z"), "Europe/Berlin")).toBe(-120);
    expect(minutesWestOfUtc(new Date("2026-12-01T12:00:00Z"), "Europe/Berlin")).toBe(-60);
    expect(minutesWestOfUtc(AT, "America/New_York")).toBe(300);
    expect(minutesWestOfUtc(AT, "UTC")).toBe(0);
  });
});
