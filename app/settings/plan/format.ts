// Labels of the retention planner page and its charts.
import type { RetentionOutcome, RetentionPlan } from "@/lib/domain/planning";
import { isSameRetention } from "@/lib/domain/planning";

/** "0.85", "0.90", "0.905": two decimals at least, three when the setting has them. */
export const retentionLabel = (retention: number) => {
  const rounded = Math.round(retention * 1000) / 1000;
  return Number.isInteger(rounded * 100) ? rounded.toFixed(2) : rounded.toFixed(3);
};

const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 12.3 */
export const decimalLabel = (value: number) => oneDecimal.format(value);
/** 1,234 */
export const wholeLabel = (value: number) => whole.format(value);

export const reviewsPerDayOf = (plan: RetentionPlan, point: RetentionOutcome) => point.totalReviews / plan.horizonDays;

export const costLabel = (point: RetentionOutcome) => (point.reviewsPerRetainedConcept === null ? "none retained" : decimalLabel(point.reviewsPerRetainedConcept));

export function pointAt(plan: RetentionPlan, retention: number | null): RetentionOutcome | null {
  if (retention === null) return null;
  return plan.points.find((point) => isSameRetention(point.desiredRetention, retention)) ?? null;
}

/** The learner's date `days` after `startsOn` ("YYYY-MM-DD"). */
export function dateAfter(startsOn: string, days: number): string {
  const date = new Date(`${startsOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
