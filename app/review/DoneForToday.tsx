"use client";

function describeNextDue(nextDueAt: string): string {
  const due = new Date(nextDueAt);
  const minutes = Math.round((due.getTime() - Date.now()) / 60_000);
  const time = due.toLocaleString(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit" });
  if (minutes < 60) return `in ${Math.max(1, minutes)} minute${minutes === 1 ? "" : "s"} (${time})`;
  if (minutes < 24 * 60) return `in about ${Math.round(minutes / 60)} hours (${time})`;
  return `on ${due.toLocaleDateString(undefined, { weekday: "long", month: "short", day: "numeric" })}`;
}

/** The end of the day's queue: when the next card is due and what tomorrow holds. */
export function DoneForToday({
  nextDueAt,
  tomorrow,
  onUndo,
  isBusy,
}: {
  nextDueAt: string | null;
  tomorrow: { review: number; new: number } | null;
  onUndo: () => void;
  isBusy: boolean;
}) {
  return (
    <section className="card done" aria-labelledby="done-title">
      <h2 id="done-title">You are done for today</h2>
      {/* Relative times depend on the clock and locale, which differ between server and browser. */}
      <p suppressHydrationWarning>{nextDueAt ? `The next card is due ${describeNextDue(nextDueAt)}.` : "No card is scheduled yet."}</p>
      {tomorrow ? (
        <p className="muted">
          Tomorrow: {tomorrow.review} review{tomorrow.review === 1 ? "" : "s"} and up to {tomorrow.new} new card{tomorrow.new === 1 ? "" : "s"}.
        </p>
      ) : null}
      <button type="button" className="button button--quiet" onClick={onUndo} disabled={isBusy}>
        Undo last grade <kbd>U</kbd>
      </button>
    </section>
  );
}
