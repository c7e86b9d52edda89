import type { Topic } from "../content/schema";
import type { ReviewRating } from "../scheduling/scheduler";
import type { QueueCounts } from "./queue";

/** One card as the review page shows it. */
export interface ReviewCardView {
  cardId: string;
  conceptId: string;
  topic: string;
  kind: string;
  prompt: string;
  answer: string;
  /** The card state's version; a grade must name it (optimistic concurrency). */
  version: number;
  /** ts-fsrs state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** Interval each rating would give, e.g. { 1: "1m", 3: "10m" }. */
  intervals: Record<ReviewRating, string>;
}

export interface ReviewSessionView {
  card: ReviewCardView | null;
  counts: QueueCounts;
  /** Grades given since the learner's study day began, for the progress bar. */
  gradedToday: number;
  topic: Topic | null;
  /** When nothing is left today: the next due instant (ISO) and what tomorrow holds. */
  nextDueAt: string | null;
  tomorrow: { review: number; new: number } | null;
}
