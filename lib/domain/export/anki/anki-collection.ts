import { NOTE_FIELD_NAMES } from "./anki-note";

// The JSON columns of a schema-11 `col` row, with the keys Anki's schema-11 structs require
// (rslib/src/notetype/schema11.rs, decks/schema11.rs, deckconfig/schema11.rs): Anki parses these
// when it upgrades the packaged collection on import, and a missing required key fails the import.
// Ids are fixed so a second export imported into the same profile reuses the same note type,
// decks and preset (Anki matches note types by id and decks by name).
export const ANKI_MODEL_ID = 1_764_000_000_001;
export const ANKI_PARENT_DECK_ID = 1_764_000_000_100;
export const ANKI_PRESET_ID = 1_764_000_000_200;
export const ANKI_DECK_NAME = "Recall ML";
const DEFAULT_ID = 1;

/** A topic's subdeck: "Recall ML::Deep learning"; "::" would nest, so a title's colons are kept apart. */
export function ankiDeckName(topicTitle: string): string {
  return `${ANKI_DECK_NAME}::${topicTitle.replaceAll("::", ": :")}`;
}

/** The subdeck of each topic, in the order given, with ids after the parent deck's. */
export function ankiTopicDecks(topics: readonly { id: string; title: string }[]): Map<string, { id: number; name: string }> {
  return new Map(topics.map((topic, index) => [topic.id, { id: ANKI_PARENT_DECK_ID + 1 + index, name: ankiDeckName(topic.title) }]));
}

export interface AnkiPresetSettings {
  /** Learning and relearning steps in minutes. */
  learningStepsMinutes: number[];
  relearningStepsMinutes: number[];
  newCardsPerDay: number;
  reviewsPerDay: number;
  maximumIntervalDays: number;
  desiredRetention: number;
  /** The learner's 21 FSRS-6 weights. */
  weights: readonly number[];
  leechThreshold: number;
}

export interface AnkiCollectionInput {
  nowSecs: number;
  dayStartHour: number;
  /** Minutes west of UTC (Anki's sign: UTC+2 is -120) at the creation instant and now. */
  creationOffsetMinutes: number;
  localOffsetMinutes: number;
  decks: readonly { id: number; name: string }[];
  preset: AnkiPresetSettings;
  nextNewPosition: number;
  /** The package's day number of the export (ankiDayNumber of now). */
  today: number;
}

export interface AnkiCollectionJson {
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  tags: string;
}

export function ankiCollectionJson(input: AnkiCollectionInput): AnkiCollectionJson {
  const common = { mod: input.nowSecs, usn: 0 };
  const decks = [{ id: DEFAULT_ID, name: "Default" }, { id: ANKI_PARENT_DECK_ID, name: ANKI_DECK_NAME }, ...input.decks];
  return {
    // schedVer 2 with sched2021: the v3 scheduler, so Anki does not run its v1 upgrade on the cards.
    conf: JSON.stringify({
      activeDecks: [ANKI_PARENT_DECK_ID],
      curDeck: ANKI_PARENT_DECK_ID,
      curModel: ANKI_MODEL_ID,
      nextPos: input.nextNewPosition,
      // Buried cards were buried today: an Anki that opens the packaged collection (2.1's importer
      // does, with its scheduler) unburies them when this day is before its today.
      lastUnburied: input.today,
      schedVer: 2,
      sched2021: true,
      rollover: input.dayStartHour,
      creationOffset: input.creationOffsetMinutes,
      localOffset: input.localOffsetMinutes,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      sortType: "noteFld",
      sortBackwards: false,
      addToCur: true,
      dayLearnFirst: false,
    }),
    models: JSON.stringify({ [ANKI_MODEL_ID]: model(common) }),
    decks: JSON.stringify(Object.fromEntries(decks.map((deck) => [deck.id, deckJson(deck, deck.id === DEFAULT_ID ? DEFAULT_ID : ANKI_PRESET_ID, common)]))),
    dconf: JSON.stringify({ [DEFAULT_ID]: presetJson(DEFAULT_ID, "Default", null, common), [ANKI_PRESET_ID]: presetJson(ANKI_PRESET_ID, ANKI_DECK_NAME, input.preset, common) }),
    tags: "{}",
  };
}

// The review page: the kind and topic above the prompt; the answer below a line.
const FRONT = '<div class="meta">{{Kind}} · {{Topic}}</div>\n<div class="prompt">{{Front}}</div>';
const BACK = '{{FrontSide}}\n\n<hr id="answer">\n\n<div class="answer">{{Back}}</div>';
const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; text-align: left; max-width: 40em; margin: 0 auto; }
.meta { font-size: 14px; opacity: 0.7; margin-bottom: 0.75em; }
.answer { font-size: 18px; }`;

function model(common: { mod: number; usn: number }) {
  return {
    id: ANKI_MODEL_ID,
    name: ANKI_DECK_NAME,
    type: 0,
    ...common,
    sortf: 0,
    did: ANKI_PARENT_DECK_ID,
    tmpls: [{ name: "Card 1", ord: 0, qfmt: FRONT, afmt: BACK, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 }],
    flds: NOTE_FIELD_NAMES.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, description: "", plainText: false, collapsed: false, excludeFromSearch: false })),
    css: CSS,
    latexPre: "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    // Card 1 exists when the Front field is not empty.
    req: [[0, "any", [0]]],
    tags: [],
    vers: [],
  };
}

function deckJson(deck: { id: number; name: string }, conf: number, common: { mod: number; usn: number }) {
  return {
    id: deck.id,
    name: deck.name,
    ...common,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: "",
    dyn: 0,
    conf,
    extendNew: 0,
    extendRev: 0,
  };
}

/** A deck preset; the learner's settings where they have an Anki counterpart, Anki's defaults otherwise. */
function presetJson(id: number, name: string, preset: AnkiPresetSettings | null, common: { mod: number; usn: number }) {
  return {
    id,
    name,
    ...common,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: preset?.learningStepsMinutes ?? [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: preset?.newCardsPerDay ?? 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: preset?.maximumIntervalDays ?? 36500, perDay: preset?.reviewsPerDay ?? 200, hardFactor: 1.2 },
    lapse: { delays: preset?.relearningStepsMinutes ?? [10], leechAction: 0, leechFails: preset?.leechThreshold ?? 8, minInt: 1, mult: 0 },
    desiredRetention: preset?.desiredRetention ?? 0.9,
    ...(preset ? { fsrsParams6: [...preset.weights] } : {}),
  };
}
