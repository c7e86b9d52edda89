import Link from "next/link";
import type { CSSProperties } from "react";
import type { TopicPanel } from "@/lib/domain/mastery/dashboard";
import { percentLabel, plural, points } from "./format";
import { NoValue } from "./NoValue";
import { QuizMeButton } from "./QuizMeButton";

/** One topic at a glance: how much is seen, how much is remembered, what is due, and two ways in. */
export function TopicCard({ panel }: { panel: TopicPanel }) {
  const { accuracy, answeredCount } = panel.quizAccuracy;
  return (
    <li className="card topic-card" data-topic={panel.topic}>
      <h3 className="topic-card__title">{panel.title}</h3>
      <div className="topic-card__body">
        <p className="topic-card__mastery">
          <span className="ring" style={{ "--value": points(panel.mastery) } as CSSProperties} aria-hidden="true" />
          <strong className="topic-card__percent">{percentLabel(panel.mastery)}</strong>
          <span className="topic-card__label"> mastery</span>
        </p>
        <dl className="topic-card__figures">
          <div>
            <dt>Concepts seen</dt>
            <dd>
              {panel.conceptsSeen} / {panel.conceptsTotal}
            </dd>
          </div>
          <div>
            <dt>Due today</dt>
            <dd>{panel.dueToday}</dd>
          </div>
          <div>
            <dt>Due tomorrow</dt>
            <dd>{panel.dueTomorrow}</dd>
          </div>
          <div>
            <dt>Quiz accuracy, 30 d</dt>
            <dd>
              {accuracy === null ? (
                <NoValue spoken="no answers" />
              ) : (
                <>
                  {percentLabel(accuracy)} <span className="topic-card__count">of {plural(answeredCount, "answer")}</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      </div>
      <div className="topic-card__actions">
        <Link href={`/review?topic=${encodeURIComponent(panel.topic)}`} className="button">
          Study this topic<span className="visually-hidden"> ({panel.title})</span>
        </Link>
        <QuizMeButton topics={[panel.topic]} label="Quiz me on this" detail={panel.title} />
      </div>
    </li>
  );
}
