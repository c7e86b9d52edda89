import { DEFAULT_FSRS_WEIGHTS } from "../../scheduling/fsrs-weights";
import { parseSteps } from "../../scheduling/learning-steps";
import type { SchedulerSettings } from "../../scheduling/scheduler";
import type { AnkiPresetSettings } from "./anki-collection";

const STEP_MINUTES = { m: 1, h: 60, d: 1440 } as const;

/** "1m 10m 1h" as Anki's step list in minutes ([1, 10, 60]); stored text that no longer parses gives none. */
export function stepMinutes(text: string): number[] {
  const parsed = parseSteps(text);
  if (!parsed.ok) return [];
  return parsed.steps.map((step) => Number(step.slice(0, -1)) * STEP_MINUTES[step.slice(-1) as keyof typeof STEP_MINUTES]);
}

/** The learner's scheduling settings as an Anki deck preset. */
export function ankiPresetSettings(
  scheduler: SchedulerSettings,
  limits: { newCardsPerDay: number; reviewsPerDay: number },
  leechThreshold: number,
): AnkiPresetSettings {
  return {
    learningStepsMinutes: stepMinutes(scheduler.learningSteps),
    relearningStepsMinutes: stepMinutes(scheduler.relearningSteps),
    newCardsPerDay: limits.newCardsPerDay,
    reviewsPerDay: limits.reviewsPerDay,
    maximumIntervalDays: scheduler.maximumIntervalDays,
    desiredRetention: scheduler.desiredRetention,
    weights: scheduler.weights ?? DEFAULT_FSRS_WEIGHTS,
    leechThreshold,
  };
}

/**
 * Minutes west of UTC in `timezone` at `instant`, Anki's sign convention (UTC+2 is -120), read
 * from the "GMT+02:00" name Intl gives the offset.
 */
export function minutesWestOfUtc(instant: Date, timezone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  const east = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === "+" ? 1 : -1);
  return 0 - east;
}
