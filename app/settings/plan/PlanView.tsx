import Link from "next/link";
import type { RetentionPlan } from "@/lib/domain/planning";
import { GRID_MAX, GRID_MIN, isSameRetention } from "@/lib/domain/planning";
import { ChartFigure } from "@/app/mastery/ChartFigure";
import { DARK_SCHEME_CSS } from "@/app/mastery/charts/theme";
import { plural } from "@/app/mastery/format";
import { retentionCurveChart } from "./charts/retention-curve-chart";
import { overTheYearChart, type YearLine } from "./charts/over-the-year-chart";
import { costLabel, decimalLabel, pointAt, retentionLabel, reviewsPerDayOf, wholeLabel } from "./format";
import { PlanAssumptions } from "./PlanAssumptions";
import { RetentionPicker, type PickerRow } from "./RetentionPicker";

const WEEK = 7;

/** The retentions drawn over the year: the grid's ends, the learner's setting and the optimum. */
function yearLines(plan: RetentionPlan, values: (retention: number) => number[]): YearLine[] {
  const chosen: { retention: number; note: string }[] = [{ retention: plan.currentRetention, note: "yours" }];
  if (plan.optimumRetention !== null && !isSameRetention(plan.optimumRetention, plan.currentRetention)) chosen.push({ retention: plan.optimumRetention, note: "fewest per concept" });
  for (const retention of [GRID_MIN, GRID_MAX]) if (!chosen.some((line) => isSameRetention(line.retention, retention))) chosen.push({ retention, note: "" });
  return chosen.sort((a, b) => a.retention - b.retention).map((line) => ({ ...line, values: values(line.retention) }));
}

/** Average grades per day of each week (the last one partial). */
function weeklyAverages(reviewsByDay: number[]): number[] {
  const weeks: number[] = [];
  for (let start = 0; start < reviewsByDay.length; start += WEEK) {
    const week = reviewsByDay.slice(start, start + WEEK);
    weeks.push(week.reduce((sum, count) => sum + count, 0) / week.length);
  }
  return weeks;
}

function Figure({ label, retention, plan, note }: { label: string; retention: number | null; plan: RetentionPlan; note: string }) {
  const point = pointAt(plan, retention);
  if (!point) return null;
  return (
    <div className="card plan-figure">
      <dt>{label}</dt>
      <dd>
        <span className="plan-figure__retention">{retentionLabel(point.desiredRetention)}</span>
        <span className="plan-figure__detail">
          {decimalLabel(reviewsPerDayOf(plan, point))} reviews a day, {wholeLabel(point.retainedAtEnd)} of {plural(plan.conceptCount, "concept")} retained in a year, {costLabel(point)} reviews per
          retained concept
        </span>
        <span className="plan-figure__note muted">{note}</span>
      </dd>
    </div>
  );
}

export function PlanView({ plan, startsOn }: { plan: RetentionPlan; startsOn: string }) {
  if (plan.cardCount === 0) {
    return (
      <section className="card plan-empty">
        <h2>Nothing to plan yet</h2>
        <p>The plan simulates your cards, and you have none to review: every card is suspended, or the knowledge base has not been loaded on this server.</p>
        <p>
          <Link href="/settings">Back to Settings</Link>
        </p>
      </section>
    );
  }
  const rows: PickerRow[] = plan.points.map((point) => ({
    retention: point.desiredRetention,
    label: retentionLabel(point.desiredRetention),
    reviewsPerDay: decimalLabel(reviewsPerDayOf(plan, point)),
    retained: decimalLabel(point.retainedAtEnd),
    cost: costLabel(point),
    isCurrent: isSameRetention(point.desiredRetention, plan.currentRetention),
    isOptimum: plan.optimumRetention !== null && isSameRetention(point.desiredRetention, plan.optimumRetention),
  }));
  const weekStarts = weeklyAverages(plan.points[0].reviewsByDay).map((_, index) => index * WEEK);
  const isNewLearner = plan.unseenCardCount === plan.cardCount;

  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: DARK_SCHEME_CSS }} />
      {isNewLearner ? (
        <p className="card plan-new">
          You have not reviewed a card yet, so the plan starts from scratch: it brings in your {plural(plan.cardCount, "card")} at your limit of new cards a day and
          simulates how you would review them. It gets more personal as you study.
        </p>
      ) : null}
      <dl className="plan-figures">
        <Figure label="Your setting" retention={plan.currentRetention} plan={plan} note="What your reviews are scheduled for now." />
        <Figure
          label="Fewest reviews per retained concept"
          retention={plan.optimumRetention}
          plan={plan}
          note={isSameRetention(plan.optimumRetention ?? -1, plan.currentRetention) ? "Your setting is already the most efficient." : "Least work for each concept you still know in a year."}
        />
      </dl>
      <p className="muted mastery__charts-hint">
        Hover a chart, or focus it and use the arrow keys, to read each value; “Show the numbers” lists them all.
      </p>
      <ChartFigure
        id="plan-curve"
        title="Reviews and retained concepts by desired retention"
        intro="A higher desired retention schedules reviews sooner: more reviews, and more concepts remembered, up to the point where the daily review limit lets a backlog build."
        chart={retentionCurveChart(plan)}
      />
      <ChartFigure
        id="plan-reviews"
        title="Reviews per day over the next year"
        intro="Weekly averages of every grade: reviews, new cards and their same-day steps."
        chart={overTheYearChart({
          id: "reviews",
          axisName: "Reviews per day",
          unit: "reviews a day",
          days: weekStarts,
          startsOn,
          lines: yearLines(plan, (retention) => weeklyAverages(pointAt(plan, retention)?.reviewsByDay ?? [])),
        })}
      />
      <ChartFigure
        id="plan-retained"
        title="Concepts retained over the next year"
        intro={`Each concept counts as the mean chance of recalling its cards, unseen cards counting 0, out of ${plural(plan.conceptCount, "concept")}.`}
        chart={overTheYearChart({
          id: "retained",
          axisName: "Concepts retained",
          unit: "concepts retained",
          days: plan.sampleDays,
          startsOn,
          lines: yearLines(plan, (retention) => pointAt(plan, retention)?.retainedBySample ?? []),
        })}
      />
      <section className="card" aria-labelledby="pick-title">
        <h2 id="pick-title">Choose your desired retention</h2>
        <p className="muted">Saved as your desired retention in Settings; it schedules every review from your next grade on. Cards already scheduled keep their due dates.</p>
        <RetentionPicker rows={rows} />
      </section>
      <PlanAssumptions plan={plan} />
    </>
  );
}
