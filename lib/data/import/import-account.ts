import type { Db } from "../db";
import { NotFoundError } from "../../domain/errors";
import { parseAccountExport } from "./account-export-schema";
import { assertEmptyAccount } from "./assert-empty-account";
import { findImportCards } from "./find-import-cards";
import { insertCardStates } from "./insert-card-states";
import { insertQuizzes } from "./insert-quizzes";
import { insertReviewLogs } from "./insert-review-logs";
import { getLearnerContext } from "../review/learner-context";
import { rebuildMasteryAggregates } from "../mastery/rebuild-mastery-aggregates";
import { masteryLogsOf } from "../mastery/mastery-log-rows";

export interface ImportCounts {
  cardStates: number;
  reviewLogs: number;
  quizzes: number;
  quizQuestions: number;
}

// SQLite holds its one write lock for the whole import; other writers wait (busy timeout) and
// may time out meanwhile. Imports are rare and 100,000 rows take seconds, so this is the price
// of all-or-nothing.
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Imports an account export (parsed JSON) into the user's account, all or nothing. Throws
 * InvalidInputError when the document is not a valid export of this version or names cards this
 * server lacks, ConflictError when the account already has study history; either way before
 * anything is written. Settings, card states, logs (undone ones too) and quizzes keep every
 * field; row ids are kept unless another row has them (see findTakenIds).
 */
export async function importAccount(db: Db, userId: string, document: unknown): Promise<ImportCounts> {
  const data = parseAccountExport(document);
  return db.$transaction(
    async (tx) => {
      await assertEmptyAccount(tx, userId);
      const cards = await findImportCards(tx, data);

      const { name, timezone, dayStartHour, fsrsWeights, ...rest } = data.settings;
      const settings = { ...rest, fsrsWeights: fsrsWeights ? JSON.stringify(fsrsWeights) : null };
      // cardsMaterializedAt cleared: the next review session adds New rows for cards the file lacks.
      const updated = await tx.user.updateMany({ where: { id: userId }, data: { name, timezone, dayStartHour, cardsMaterializedAt: null } });
      if (updated.count !== 1) throw new NotFoundError("User not found.");
      await tx.userSettings.upsert({ where: { userId }, create: { userId, ...settings }, update: settings });
      // Only untouched New rows can be left (assertEmptyAccount); the file's states replace them.
      await tx.cardState.deleteMany({ where: { userId } });

      const cardStates = await insertCardStates(tx, userId, data.cardStates, cards);
      const reviewLogs = await insertReviewLogs(tx, userId, data.reviewLogs, cards, { timezone, dayStartHour });
      const quizzes = await insertQuizzes(tx, userId, data.quizzes);
      const logs = data.reviewLogs.map((row) => ({ ...row, topic: cards.get(row.cardId)?.topic ?? "" }));
      await rebuildMasteryAggregates(tx, userId, await getLearnerContext(tx, userId), masteryLogsOf(logs), new Date());
      return { cardStates, reviewLogs, quizzes: quizzes.quizzes, quizQuestions: quizzes.questions };
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
}
