import type { MasteryLog } from "../../domain/mastery/mastery-inputs";
import type { CardStateValue } from "../../domain/scheduling/memory-state";

type LogRow = Pick<MasteryLog, "cardId" | "topic" | "rating" | "stability" | "reviewedAt" | "deletedAt"> & { state: number; source: string };

/** ReviewLog rows as the mastery functions read them. */
export function masteryLogsOf(rows: readonly LogRow[]): MasteryLog[] {
  return rows.map((row) => ({
    cardId: row.cardId,
    topic: row.topic,
    rating: row.rating,
    state: row.state as CardStateValue,
    stability: row.stability,
    reviewedAt: row.reviewedAt,
    source: row.source === "quiz" ? "quiz" : "review",
    deletedAt: row.deletedAt,
  }));
}
