import type { MasteryDashboard } from "@/lib/domain/mastery/dashboard";
import { ChartsPlaceholder } from "./ChartsPlaceholder";
import { fullDateLabel } from "./format";
import { MasteryCharts } from "./MasteryCharts";
import { MasterySummary } from "./MasterySummary";
import { NewLearnerIntro } from "./NewLearnerIntro";
import { ReadinessTable } from "./ReadinessTable";
import { TopicCard } from "./TopicCard";
import { WeakConcepts } from "./WeakConcepts";

/** The /mastery page as a pure rendering of the dashboard object. */
export function MasteryView({ dashboard }: { dashboard: MasteryDashboard }) {
  const topics = (
    <section aria-labelledby="topics-title">
      <h2 id="topics-title">Topics</h2>
      <ul className="topic-grid">
        {dashboard.topics.map((panel) => (
          <TopicCard key={panel.topic} panel={panel} />
        ))}
      </ul>
    </section>
  );
  return (
    <div className="mastery">
      <header className="mastery__header">
        <h1>Mastery</h1>
        <p className="muted">
          {fullDateLabel(dashboard.today)} · times in {dashboard.timezone}
        </p>
      </header>
      {dashboard.isNewLearner ? (
        <>
          <NewLearnerIntro desiredRetention={dashboard.desiredRetention} />
          {topics}
          <ChartsPlaceholder />
        </>
      ) : (
        <>
          <MasterySummary dashboard={dashboard} />
          {topics}
          <ReadinessTable topics={dashboard.topics} overallNow={dashboard.overallReadinessNow} overallInAWeek={dashboard.overallReadinessInAWeek} />
          <WeakConcepts concepts={dashboard.weakConcepts} topicIds={dashboard.topics.map((topic) => topic.topic)} />
          <MasteryCharts dashboard={dashboard} />
        </>
      )}
    </div>
  );
}
