const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A compact interval for grade buttons, as Anki shows them: "1m", "10m", "3h", "4d", "2.5mo", "1.2y". */
export function intervalLabel(fromMs: number, toMs: number): string {
  const span = Math.max(0, toMs - fromMs);
  if (span < HOUR) return `${Math.max(1, Math.round(span / MINUTE))}m`;
  if (span < DAY) return `${Math.round(span / HOUR)}h`;
  const days = span / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

function trim(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
