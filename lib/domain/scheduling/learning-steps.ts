// Learning and relearning steps as the user types them ("1m 10m 1h") and as ts-fsrs wants them
// (["1m", "10m", "1h"]). A step shorter than a minute or longer than a day is a typo rather than a
// schedule: FSRS itself takes over once a card graduates, so long steps fight the scheduler.

export type StepUnit = "m" | "h" | "d";
export type Step = `${number}${StepUnit}`;

const STEP_PATTERN = /^(\d{1,4})(m|h|d)$/;
const MINUTES_PER_UNIT: Record<StepUnit, number> = { m: 1, h: 60, d: 1440 };
export const MAX_STEPS = 10;
export const MAX_STEP_MINUTES = 1440;

export type ParsedSteps = { ok: true; steps: Step[] } | { ok: false; message: string };

/** Parses space-separated steps; an empty string means "no steps" (FSRS schedules directly). */
export function parseSteps(text: string): ParsedSteps {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length > MAX_STEPS) return { ok: false, message: `Use at most ${MAX_STEPS} steps.` };
  const steps: Step[] = [];
  for (const token of tokens) {
    const match = STEP_PATTERN.exec(token);
    if (!match) return { ok: false, message: `"${token}" is not a step; write steps like "1m 10m 1h".` };
    const minutes = Number(match[1]) * MINUTES_PER_UNIT[match[2] as StepUnit];
    if (minutes < 1 || minutes > MAX_STEP_MINUTES) {
      return { ok: false, message: `"${token}" must be between 1m and 1d.` };
    }
    steps.push(token as Step);
  }
  return { ok: true, steps };
}

/** The canonical text form: single spaces, no padding. */
export function formatSteps(steps: readonly Step[]): string {
  return steps.join(" ");
}
