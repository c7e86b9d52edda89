import type { CSSProperties } from "react";
import type { TopicPanel } from "@/lib/domain/mastery/dashboard";
import { percentLabel, points } from "./format";

function Loss({ now, inAWeek }: { now: number; inAWeek: number }) {
  const lost = points(now) - points(inAWeek);
  return <td className={lost > 0 ? "readiness__loss" : undefined}>{lost > 0 ? `−${lost} pts` : "0 pts"}</td>;
}

/** Now against a week without reviews: the solid part stays, the striped part is what fades. */
function ReadinessBar({ now, inAWeek }: { now: number; inAWeek: number }) {
  const style = { "--kept": `${points(inAWeek)}%`, "--lost": `${Math.max(0, points(now) - points(inAWeek))}%` } as CSSProperties;
  return (
    <span className="readiness-bar" style={style} aria-hidden="true">
      <span className="readiness-bar__kept" />
      <span className="readiness-bar__lost" />
    </span>
  );
}

/**
 * Interview readiness per topic, framed as what a week without reviews would cost: readiness
 * weighs concepts equally (an interviewer asks about concepts), so it differs a little from mastery.
 */
export function ReadinessTable({ topics, overallNow, overallInAWeek }: { topics: TopicPanel[]; overallNow: number; overallInAWeek: number }) {
  const overallLost = points(overallNow) - points(overallInAWeek);
  return (
    <section className="card readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Interview readiness</h2>
      <p className="readiness__lead">
        What you would lose if you stopped: you are <strong>{percentLabel(overallNow)}</strong> ready today, and a week without
        reviews would leave you at <strong>{percentLabel(overallInAWeek)}</strong>
        {overallLost > 0 ? (
          <>
            , <strong className="readiness__loss">{overallLost} points lost</strong>.
          </>
        ) : (
          "."
        )}
      </p>
      <div className="readiness__frame">
        <table className="readiness__table">
          <caption className="visually-hidden">Readiness per topic now and after a week without reviews</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Now</th>
              <th scope="col">In a week</th>
              <th scope="col">You would lose</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.topic}>
                <th scope="row">
                  {topic.title}
                  <ReadinessBar now={topic.readinessNow} inAWeek={topic.readinessInAWeek} />
                </th>
                <td>{percentLabel(topic.readinessNow)}</td>
                <td>{percentLabel(topic.readinessInAWeek)}</td>
                <Loss now={topic.readinessNow} inAWeek={topic.readinessInAWeek} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All topics</th>
              <td>{percentLabel(overallNow)}</td>
              <td>{percentLabel(overallInAWeek)}</td>
              <Loss now={overallNow} inAWeek={overallInAWeek} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
