/** Stands where the charts will be, so a new learner sees a promise rather than empty axes. */
export function ChartsPlaceholder() {
  return (
    <section className="mastery-placeholder" aria-labelledby="charts-placeholder-title">
      <span className="mastery-placeholder__bars" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
        <span />
      </span>
      <h2 id="charts-placeholder-title">Your charts appear after your first review</h2>
      <p className="muted">
        Cards due in the next 30 days, a calendar of your study days with your streaks, reviews by rating, true retention and
        mastery week by week.
      </p>
    </section>
  );
}
