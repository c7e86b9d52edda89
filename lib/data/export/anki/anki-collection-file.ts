import Database from "better-sqlite3";
import type { AnkiCardSchedule, AnkiCollectionJson, AnkiNote, AnkiRevlogEntry } from "../../../domain/export/anki";
import { ANKI_SCHEMA11_SQL, ANKI_SCHEMA_VERSION } from "./anki-schema11";

export interface AnkiCardRow {
  id: number;
  deckId: number;
  modSecs: number;
  note: AnkiNote;
  modelId: number;
  schedule: AnkiCardSchedule;
}

/**
 * A schema-11 Anki collection built in memory with better-sqlite3 (the driver the project has for
 * SQLite anyway, installed on PostgreSQL deployments too) and handed out as the bytes of a SQLite
 * file. One note and one card per Recall ML card share an id; Anki keeps them in separate tables.
 */
export class AnkiCollectionFile {
  private readonly db = openSchema11();
  private readonly insertNote = this.db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')");
  private readonly insertCard = this.db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
  private readonly insertRevlog = this.db.prepare("INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)");
  private readonly hasRevlogId = this.db.prepare("SELECT 1 FROM revlog WHERE id = ?");

  addCards(rows: readonly AnkiCardRow[]): void {
    this.db.transaction(() => {
      for (const { id, deckId, modSecs, note, modelId, schedule: s } of rows) {
        this.insertNote.run(id, note.guid, modelId, modSecs, note.tags, note.flds, note.sfld, note.csum);
        this.insertCard.run(id, id, deckId, modSecs, s.type, s.queue, s.due, s.ivl, s.factor, s.reps, s.lapses, s.left, s.data);
      }
    })();
  }

  addRevlog(rows: readonly { id: number; cardId: number; entry: AnkiRevlogEntry }[]): void {
    this.db.transaction(() => {
      for (const { id, cardId, entry: e } of rows) this.insertRevlog.run(id, cardId, e.ease, e.ivl, e.lastIvl, e.factor, e.time, e.type);
    })();
  }

  /** Adds one entry at the first free millisecond from `atMs` on; returns the id it got. */
  addRevlogAtFreeId(atMs: number, cardId: number, entry: AnkiRevlogEntry): number {
    let id = Math.floor(atMs);
    while (this.hasRevlogId.get(id)) id += 1;
    this.addRevlog([{ id, cardId, entry }]);
    return id;
  }

  /** Writes the collection row and returns the file; the in-memory database is closed. */
  finish(col: { crtSecs: number; nowMs: number; json: AnkiCollectionJson }): Buffer {
    this.db
      .prepare("INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)")
      .run(col.crtSecs, col.nowMs, col.nowMs, ANKI_SCHEMA_VERSION, col.json.conf, col.json.models, col.json.decks, col.json.dconf, col.json.tags);
    const file = this.db.serialize();
    this.db.close();
    return file;
  }
}

function openSchema11(): Database.Database {
  const db = new Database(":memory:");
  db.exec(ANKI_SCHEMA11_SQL);
  return db;
}
