const FILES = {
  reviewLogCsv: { stem: "recall-ml-review-log", extension: "csv" },
  accountJson: { stem: "recall-ml-export", extension: "json" },
  ankiPackage: { stem: "recall-ml-deck", extension: "apkg" },
} as const;

/**
 * The download's file name, dated in the learner's timezone (a learner in Tokyo exporting at
 * 8 am gets today's date, not yesterday's UTC one): recall-ml-review-log-2026-11-25.csv.
 */
export function exportFileName(file: keyof typeof FILES, now: Date, timezone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `${FILES[file].stem}-${date}.${FILES[file].extension}`;
}
