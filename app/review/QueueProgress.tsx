import type { QueueCounts } from "@/lib/domain/review/queue";

/** New / learning / review counts left today and a bar of today's progress. */
export function QueueProgress({ counts, gradedToday }: { counts: QueueCounts; gradedToday: number }) {
  const left = counts.new + counts.learning + counts.review;
  const total = left + gradedToday;
  const percent = total === 0 ? 100 : Math.round((gradedToday / total) * 100);
  return (
    <div className="queue">
      <dl className="queue__counts" aria-label="Cards left today">
        <div className="queue__count queue__count--new">
          <dt>New</dt>
          <dd data-testid="count-new">{counts.new}</dd>
        </div>
        <div className="queue__count queue__count--learning">
          <dt>Learning</dt>
          <dd data-testid="count-learning">{counts.learning}</dd>
        </div>
        <div className="queue__count queue__count--review">
          <dt>Review</dt>
          <dd data-testid="count-review">{counts.review}</dd>
        </div>
      </dl>
      <div className="progress" role="progressbar" aria-label="Today's progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted queue__done">{gradedToday} reviewed today</p>
    </div>
  );
}
