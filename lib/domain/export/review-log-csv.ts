import { csvLine } from "./csv";

// The column names the FSRS optimizer reads (open-spaced-repetition/fsrs-optimizer,
// "revlog.csv"): review_time in epoch milliseconds, review_state the card's state before the
// grade (ts-fsrs State 0-3), review_duration in milliseconds.
export const REVIEW_LOG_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration\n";

export interface ReviewLogCsvRow {
  cardId: string;
  reviewedAt: Date;
  rating: number;
  state: number;
  durationMs: number;
}

export function reviewLogCsvLine(row: ReviewLogCsvRow): string {
  return csvLine([row.cardId, row.reviewedAt.getTime(), row.rating, row.state, row.durationMs]);
}
