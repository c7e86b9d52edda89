import Link from "next/link";
import type { MasteryDashboard } from "@/lib/domain/mastery/dashboard";
import { percentLabel, plural } from "./format";
import { NoValue } from "./NoValue";

/** The headline figures above the topics, with the one action most days call for. */
export function MasterySummary({ dashboard }: { dashboard: MasteryDashboard }) {
  const dueToday = dashboard.topics.reduce((sum, topic) => sum + topic.dueToday, 0);
  const dueTomorrow = dashboard.topics.reduce((sum, topic) => sum + topic.dueTomorrow, 0);
  const { trueRetention, quizAccuracy, calendar } = dashboard;
  return (
    <section className="mastery-summary" aria-label="Summary">
      <dl className="mastery-summary__figures">
        <div className="card">
          <dt>Due today</dt>
          <dd>{dueToday}</dd>
          <dd className="mastery-summary__note">{plural(dueTomorrow, "card")} tomorrow</dd>
        </div>
        <div className="card">
          <dt>Readiness</dt>
          <dd>{percentLabel(dashboard.overallReadinessNow)}</dd>
          <dd className="mastery-summary__note">for interviews; {percentLabel(dashboard.overallReadinessInAWeek)} after a week off</dd>
        </div>
        <div className="card">
          <dt>Streak</dt>
          <dd>{plural(calendar.currentStreak, "day")}</dd>
          <dd className="mastery-summary__note">longest {plural(calendar.longestStreak, "day")}</dd>
        </div>
        <div className="card">
          <dt>True retention</dt>
          <dd>{trueRetention.retention === null ? <NoValue spoken="none" /> : percentLabel(trueRetention.retention)}</dd>
          <dd className="mastery-summary__note">
            {trueRetention.retention === null
              ? "no reviews in 30 days"
              : `30 days, ${plural(trueRetention.reviewCount, "review")}; goal ${percentLabel(dashboard.desiredRetention)}`}
          </dd>
        </div>
        <div className="card">
          <dt>Quiz accuracy</dt>
          <dd>{quizAccuracy.accuracy === null ? <NoValue spoken="none" /> : percentLabel(quizAccuracy.accuracy)}</dd>
          <dd className="mastery-summary__note">{quizAccuracy.accuracy === null ? "no answers in 30 days" : `30 days, ${plural(quizAccuracy.answeredCount, "answer")}`}</dd>
        </div>
      </dl>
      {dueToday > 0 ? (
        <Link href="/review" className="button">
          Review the {plural(dueToday, "card")} due today
        </Link>
      ) : null}
    </section>
  );
}
