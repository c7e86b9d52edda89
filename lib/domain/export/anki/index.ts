// Recall ML cards and review logs as the rows of an Anki collection (schema 11, the collection a
// legacy .apkg carries). Pure mapping; lib/data/export/anki writes the SQLite file and the zip.
export { ankiCollectionJson, ankiDeckName, ankiTopicDecks, ANKI_DECK_NAME, ANKI_MODEL_ID, ANKI_PARENT_DECK_ID, ANKI_PRESET_ID } from "./anki-collection";
export type { AnkiCollectionInput, AnkiCollectionJson, AnkiPresetSettings } from "./anki-collection";
export { ankiNote, FIELD_SEPARATOR, NOTE_FIELD_NAMES } from "./anki-note";
export type { AnkiNote, AnkiNoteInput } from "./anki-note";
export { ankiPresetSettings, minutesWestOfUtc, stepMinutes } from "./anki-preset";
export { ANKI_RESET_ENTRY, AnkiRevlogType, ankiRevlogEntry, MAX_ANSWER_MS, RevlogIds } from "./anki-revlog";
export type { AnkiRevlogEntry, AnkiRevlogInput } from "./anki-revlog";
export { AnkiCardType, ankiCardSchedule, ankiDayNumber, AnkiQueue } from "./anki-schedule";
export type { AnkiCardSchedule, AnkiCardStateInput, AnkiDayClock, AnkiScheduleSettings } from "./anki-schedule";
export { fieldChecksum, fieldHtml, noteGuid, stripHtml, tagsField } from "./anki-text";
