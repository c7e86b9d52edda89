// RFC 4180 fields: a value is quoted when it holds a comma, a quote or a line break, and quotes
// inside are doubled. Card ids hold colons and hyphens only today, but content authors pick the
// concept ids, so the writer does not rely on that.

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, newline-terminated ("\n": what pandas, the FSRS optimizer and spreadsheets all read). */
export function csvLine(values: readonly (string | number)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}
