import { default_w } from "ts-fsrs";

/** FSRS-6 has 21 weights. */
export const FSRS_WEIGHT_COUNT = 21;

/** The FSRS-6 default weights, fitted by the FSRS authors on about 10,000 Anki users. */
export const DEFAULT_FSRS_WEIGHTS: readonly number[] = Object.freeze([...default_w]);

/** True when `value` is a full set of FSRS-6 weights: 21 finite numbers. */
export function isFsrsWeights(value: unknown): value is number[] {
  return Array.isArray(value) && value.length === FSRS_WEIGHT_COUNT && value.every((w) => typeof w === "number" && Number.isFinite(w));
}

/**
 * The stored weights of a learner, or undefined for the defaults. Only the server writes them (from
 * a fit it computed), so a malformed value means a damaged row: the defaults keep reviews working.
 */
export function storedWeightsOf(json: string | null | undefined): number[] | undefined {
  if (!json) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    return isFsrsWeights(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
