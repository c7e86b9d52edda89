// Labels shared by the mastery page and its charts. Dates are the learner's calendar dates
// ("YYYY-MM-DD"), formatted as calendar dates (UTC), never shifted through a time zone.
export { percentLabel } from "@/lib/domain/scheduling/memory-state-labels";

const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const FULL = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const asDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** "25 Nov" */
export const shortDateLabel = (date: string) => SHORT.format(asDate(date));
/** "Tue 25 Nov" */
export const dayLabel = (date: string) => LONG.format(asDate(date));
/** "Tuesday 25 November 2026" */
export const fullDateLabel = (date: string) => FULL.format(asDate(date));

export const plural = (count: number, word: string, pluralWord = `${word}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? word : pluralWord}`;

/** A 0-1 share as whole percentage points, for axes and differences ("12" for 0.12). */
export const points = (share: number) => Math.round(share * 100);
