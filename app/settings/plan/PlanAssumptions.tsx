import type { RetentionPlan } from "@/lib/domain/planning";
import { PRIOR_GRADES } from "@/lib/domain/planning";
import { plural } from "@/app/mastery/format";
import { retentionLabel } from "./format";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How the plan was worked out, in the learner's terms, with the habits it read from their grades. */
export function PlanAssumptions({ plan }: { plan: RetentionPlan }) {
  const { behaviour } = plan;
  const [again, hard, good, easy] = behaviour.firstRating;
  const [recalledHard, recalledGood, recalledEasy] = behaviour.recalledRating;
  const first = plan.points[0]?.desiredRetention ?? 0;
  const last = plan.points[plan.points.length - 1]?.desiredRetention ?? 0;
  return (
    <section className="card plan-assumptions" aria-labelledby="plan-how-title">
      <h2 id="plan-how-title">How this is worked out</h2>
      <ul>
        <li>
          Your {plural(plan.cardCount, "card")} ({plural(plan.unseenCardCount, "not started yet", "not started yet")}; suspended cards left out) are reviewed day by day for{" "}
          {plan.horizonDays} days at each desired retention from {retentionLabel(first)} to {retentionLabel(last)}, with your FSRS parameters, maximum interval and daily limits.{" "}
          {plural(plan.introducedCardCount, "new card")} come in at your new-card limit, in the order the review would show them.
        </li>
        <li>
          Whether you recall a card is drawn from FSRS’s forgetting curve; your grades are drawn from your habits: first grades Again {percent(again)}, Hard {percent(hard)}, Good{" "}
          {percent(good)}, Easy {percent(easy)}; recalled reviews Hard {percent(recalledHard)}, Good {percent(recalledGood)}, Easy {percent(recalledEasy)}. They come from your
          latest {plural(behaviour.firstRatingSampleSize + behaviour.recalledRatingSampleSize, "grade")}, with typical Anki habits counting as {PRIOR_GRADES} more.
        </li>
        <li>Learning and relearning steps happen on the same day, each passed with Good, and count as reviews. Cards already scheduled keep their due dates.</li>
        <li>
          A concept counts as retained by the mean chance of recalling its cards. “Fewest reviews per retained concept” divides a year’s reviews by the concepts retained at
          its end, the measure behind Anki’s minimum recommended retention.
        </li>
        <li>It is a simulation with a fixed seed: the same cards and settings give the same plan, and small differences between neighbouring points are chance.</li>
      </ul>
    </section>
  );
}
