import type { MasteryDashboard } from "@/lib/domain/mastery/dashboard";
import { ChartFigure } from "./ChartFigure";
import { dueForecastChart } from "./charts/due-forecast-chart";
import { reviewCalendarChart } from "./charts/review-calendar-chart";
import { reviewsByRatingChart } from "./charts/reviews-by-rating-chart";
import { trueRetentionChart } from "./charts/true-retention-chart";
import { weeklyMasteryChart } from "./charts/weekly-mastery-chart";
import { DARK_SCHEME_CSS } from "./charts/theme";
import { percentLabel, plural } from "./format";

function Streaks({ calendar }: { calendar: MasteryDashboard["calendar"] }) {
  const activeDays = calendar.days.filter((day) => day.reviewCount > 0).length;
  return (
    <dl className="streaks">
      <div>
        <dt>Current streak</dt>
        <dd>{plural(calendar.currentStreak, "day")}</dd>
      </div>
      <div>
        <dt>Longest streak</dt>
        <dd>{plural(calendar.longestStreak, "day")}</dd>
      </div>
      <div>
        <dt>Days studied</dt>
        <dd>
          {activeDays} <span className="streaks__of">of {calendar.days.length}</span>
        </dd>
      </div>
    </dl>
  );
}

/** The five charts, each drawn on the server (ECharts to SVG) from the dashboard's figures. */
export function MasteryCharts({ dashboard }: { dashboard: MasteryDashboard }) {
  const retentionRows = [{ title: "All topics", figure: dashboard.trueRetention }, ...dashboard.topics.map((topic) => ({ title: topic.title, figure: topic.trueRetention }))];
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: DARK_SCHEME_CSS }} />
      <p className="muted mastery__charts-hint">
        Hover a chart, or focus it and use the arrow keys, to read each value; “Show the numbers” lists them all.
      </p>
      <ChartFigure
        id="due-forecast"
        title="Cards due in the next 30 days"
        intro="Today's bar includes overdue cards. New cards are not counted: the daily new-card limit brings them in."
        chart={dueForecastChart(dashboard.dueForecast)}
      />
      <ChartFigure
        id="review-calendar"
        title="Reviews in the last year"
        intro={
          <>
            Every grade counts, daily review and quiz alike.<span className="chart__scroll-hint"> Scroll sideways for earlier months.</span>
          </>
        }
        chart={reviewCalendarChart(dashboard.calendar)}
        aside={<Streaks calendar={dashboard.calendar} />}
        isScrollable
      />
      <ChartFigure id="reviews-by-rating" title="Reviews per day in the last 30 days, by rating" chart={reviewsByRatingChart(dashboard.reviewsByRating)} />
      <ChartFigure
        id="true-retention"
        title="True retention in the last 30 days"
        intro={`The share of due reviews you passed (anything but Again), against your desired retention of ${percentLabel(dashboard.desiredRetention)}. n is the number of reviews behind each bar.`}
        chart={trueRetentionChart(retentionRows, dashboard.desiredRetention)}
      />
      <ChartFigure id="weekly-mastery" title="Mastery per topic, week by week" intro="Measured at the end of each week; this week's point is today." chart={weeklyMasteryChart(dashboard.weekly)} />
    </>
  );
}
