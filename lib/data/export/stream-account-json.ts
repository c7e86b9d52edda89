import type { Db } from "../db";
import { EXPORT_FORMAT, EXPORT_VERSION } from "../../domain/export/export-format";
import { getExportSettings } from "./get-export-settings";
import { EXPORT_BATCH_SIZE } from "./keyset-batches";
import { listCardStateBatches } from "./list-card-state-batches";
import { listQuizBatches } from "./list-quiz-batches";
import { listReviewLogBatches } from "./list-review-log-batches";

// A quiz carries up to 50 questions, so quizzes are read in smaller batches than flat rows.
const QUIZ_BATCH_DIVISOR = 50;

/**
 * The user's whole account as one JSON document (see EXPORT_FORMAT), written as a sequence of
 * text chunks: the header and settings, then one chunk per batch of card states, review logs and
 * quizzes. Dates are ISO 8601 strings; JSON-text columns (topics, buriedSiblingIds, response) are
 * kept verbatim as strings so an import stores exactly what was read. Lazy, like the CSV.
 */
export async function* streamAccountJson(db: Db, userId: string, options: { now: Date; batchSize?: number }): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const settings = await getExportSettings(db, userId);
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(options.now.toISOString())},\n"settings":${JSON.stringify(settings)}`;
  yield* jsonArray("cardStates", listCardStateBatches(db, userId, batchSize));
  yield* jsonArray("reviewLogs", listReviewLogBatches(db, userId, batchSize));
  yield* jsonArray("quizzes", listQuizBatches(db, userId, Math.max(1, Math.floor(batchSize / QUIZ_BATCH_DIVISOR))));
  yield "}\n";
}

/** `,"name":[` then one row per line, a chunk per batch, then `]`. */
async function* jsonArray(name: string, batches: AsyncIterable<readonly object[]>): AsyncGenerator<string> {
  yield `,\n${JSON.stringify(name)}:[`;
  let separator = "\n";
  for await (const batch of batches) {
    let chunk = "";
    for (const row of batch) {
      chunk += separator + JSON.stringify(row);
      separator = ",\n";
    }
    yield chunk;
  }
  yield "\n]";
}
