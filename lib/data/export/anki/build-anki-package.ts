import { strToU8, zip } from "fflate";
import type { Db } from "../../db";
import {
  ANKI_MODEL_ID,
  ANKI_PARENT_DECK_ID,
  ANKI_RESET_ENTRY,
  ankiCardSchedule,
  ankiCollectionJson,
  ankiDayNumber,
  ankiDeckName,
  ankiNote,
  ankiPresetSettings,
  ankiRevlogEntry,
  ankiTopicDecks,
  minutesWestOfUtc,
  RevlogIds,
  stepMinutes,
  type AnkiScheduleSettings,
} from "../../../domain/export/anki";
import type { ItemPayload } from "../../../domain/content/item-types";
import { reviewKinds } from "../../../domain/review/review-kinds";
import { CardStateValue } from "../../../domain/scheduling/memory-state";
import { studyDayAt } from "../../../domain/scheduling/study-day";
import { getLearnerContext } from "../../review/learner-context";
import { materializeCardStates } from "../../review/materialize-card-states";
import { AnkiCollectionFile, type AnkiCardRow } from "./anki-collection-file";
import { listAnkiCardBatches } from "./list-anki-card-batches";
import { getFirstReviewAt, listAnkiRevlogBatches } from "./list-anki-revlog-batches";

// better-sqlite3 (the app's database on SQLite, and the collection being written) answers
// synchronously, so awaiting a batch alone never lets a waiting request in: each batch yields.
const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));
// Rows per read: a page of 5,000 held the event loop for a fifth of a second; 1,000 for a fraction.
const ANKI_BATCH_SIZE = 1000;

export interface AnkiPackageOptions {
  now: Date;
  /** Topic titles in knowledge-base order (the subdecks); a topic not listed is named by its id. */
  topics: readonly { id: string; title: string }[];
  batchSize?: number;
}

/**
 * The learner's deck as a legacy Anki package (.apkg): a zip holding `collection.anki2`, a
 * schema-11 collection with one note and card per exported card and one revlog row per grade that
 * was not undone, and an empty `media` list. The cards are the kinds the learner's daily review
 * shows; the rows are read in keyset batches, and the package is built in memory (a few MB for
 * thousands of cards) because a zip entry's size and checksum come before the next one.
 */
export async function buildAnkiPackage(db: Db, userId: string, options: AnkiPackageOptions): Promise<Uint8Array> {
  const { now } = options;
  const batchSize = options.batchSize ?? ANKI_BATCH_SIZE;
  const context = await getLearnerContext(db, userId);
  // Cards added to the content since the learner last opened the review have no state row yet:
  // make them, as the review page would, so the deck holds every card as new.
  await materializeCardStates(db, userId, context.cardsMaterializedAt, now);
  const kinds = reviewKinds(context.includeQuizOnlyKinds);
  // Day 0 of the collection: the learner's first study day, so no review card is due before it.
  const firstReviewAt = await getFirstReviewAt(db, userId);
  const creationDay = studyDayAt(firstReviewAt && firstReviewAt < now ? firstReviewAt : now, context.timezone, context.dayStartHour);
  const settings: AnkiScheduleSettings = {
    clock: { timezone: context.timezone, dayStartHour: context.dayStartHour, creationDate: creationDay.date },
    learningStepCount: stepMinutes(context.scheduler.learningSteps).length,
    relearningStepCount: stepMinutes(context.scheduler.relearningSteps).length,
    desiredRetention: context.scheduler.desiredRetention,
  };

  const file = new AnkiCollectionFile();
  const decks = ankiTopicDecks(options.topics);
  const usedDecks = new Map<number, string>();
  const titles = new Map(options.topics.map((topic) => [topic.id, topic.title]));
  // Recall ML card id -> Anki card id, and which of them are new now (for reset markers).
  const ankiIds = new Map<string, number>();
  const newCards = new Set<string>();
  const lastChangeMs = new Map<string, number>();
  let nextNewPosition = 0;
  for await (const batch of listAnkiCardBatches(db, userId, kinds, batchSize)) {
    await yieldToOtherRequests();
    const rows: AnkiCardRow[] = batch.map((row) => {
      // Card and note ids are Anki timestamps, so they start at the collection's creation.
      const id = creationDay.startsAt.getTime() + ankiIds.size + 1;
      ankiIds.set(row.cardId, id);
      if (row.state === CardStateValue.New) newCards.add(row.cardId);
      lastChangeMs.set(row.cardId, row.updatedAt.getTime());
      nextNewPosition = Math.max(nextNewPosition, row.newPosition + 1);
      const deck = decks.get(row.card.topic) ?? { id: ANKI_PARENT_DECK_ID + 1 + decks.size, name: ankiDeckName(row.card.topic) };
      decks.set(row.card.topic, deck);
      usedDecks.set(deck.id, deck.name);
      const note = ankiNote({
        cardId: row.cardId,
        ...row.card,
        topicTitle: titles.get(row.card.topic) ?? row.card.topic,
        payload: JSON.parse(row.card.payload) as ItemPayload,
        reps: row.reps,
        isLeech: row.isLeech,
      });
      const isBuried = row.buriedUntil !== null && row.buriedUntil > now;
      return { id, deckId: deck.id, modSecs: Math.floor(row.updatedAt.getTime() / 1000), note, modelId: ANKI_MODEL_ID, schedule: ankiCardSchedule({ ...row, isBuried }, settings) };
    });
    file.addCards(rows);
  }

  const revlogIds = new RevlogIds();
  const lastGradeMs = new Map<string, number>();
  for await (const batch of listAnkiRevlogBatches(db, userId, kinds, batchSize)) {
    await yieldToOtherRequests();
    const rows = batch.flatMap((log) => {
      const cardId = ankiIds.get(log.cardId);
      if (cardId === undefined) return [];
      // A grade of a new card that had grades before: it was reset in between, and reviewed
      // again. Anki's reset entry just before this grade starts its FSRS history here.
      const reset = log.state === CardStateValue.New && lastGradeMs.has(log.cardId) ? [{ id: revlogIds.next(log.reviewedAt.getTime()), cardId, entry: ANKI_RESET_ENTRY }] : [];
      const id = revlogIds.next(log.reviewedAt.getTime());
      lastGradeMs.set(log.cardId, id);
      return [...reset, { id, cardId, entry: ankiRevlogEntry(log) }];
    });
    file.addRevlog(rows);
  }
  // A card that is new again after grades was reset ("R" on the review page) and not reviewed
  // since, which leaves no log: Anki's reset entry after its last grade.
  for (const cardId of newCards) {
    const lastGrade = lastGradeMs.get(cardId);
    if (lastGrade === undefined) continue;
    // The reset was the card's last change (or a later one, as a suspension); never in the future.
    const resetAtMs = Math.max(lastGrade + 1, Math.min(lastChangeMs.get(cardId) ?? 0, now.getTime()));
    file.addRevlogAtFreeId(resetAtMs, ankiIds.get(cardId)!, ANKI_RESET_ENTRY);
  }

  const json = ankiCollectionJson({
    nowSecs: Math.floor(now.getTime() / 1000),
    dayStartHour: context.dayStartHour,
    creationOffsetMinutes: minutesWestOfUtc(creationDay.startsAt, context.timezone),
    localOffsetMinutes: minutesWestOfUtc(now, context.timezone),
    decks: [...usedDecks].map(([id, name]) => ({ id, name })),
    preset: ankiPresetSettings(context.scheduler, context.limits, context.leechThreshold),
    nextNewPosition,
    today: ankiDayNumber(now, settings.clock),
  });
  const collection = file.finish({ crtSecs: Math.floor(creationDay.startsAt.getTime() / 1000), nowMs: now.getTime(), json });
  // fflate's asynchronous zip compresses on a worker thread: a few MB of deflate is a few hundred
  // milliseconds the event loop would otherwise spend away from other requests.
  return new Promise<Uint8Array>((resolve, reject) =>
    zip({ "collection.anki2": collection, media: strToU8("{}") }, { level: 6 }, (error, data) => (error ? reject(error) : resolve(data))),
  );
}
