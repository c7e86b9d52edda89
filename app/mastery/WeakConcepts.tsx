import Link from "next/link";
import type { WeakConceptRow } from "@/lib/domain/mastery/dashboard";
import { percentLabel, plural } from "./format";
import { QuizMeButton } from "./QuizMeButton";

/** The concepts the learner is likeliest to forget, weakest first, each linking to its library page. */
export function WeakConcepts({ concepts, topicIds }: { concepts: WeakConceptRow[]; topicIds: string[] }) {
  return (
    <section className="card weak" aria-labelledby="weak-title">
      <div className="weak__header">
        <h2 id="weak-title">Weakest concepts</h2>
        {concepts.length > 0 ? <QuizMeButton topics={topicIds} isWeakSpots label="Quiz me on my weak spots" /> : null}
      </div>
      {concepts.length === 0 ? (
        <p className="muted">No weak concept right now: every concept you have reviewed is holding up.</p>
      ) : (
        <>
          <p className="muted">Recall is the chance you would remember the concept&apos;s weakest card now.</p>
          <ol className="weak__list">
            {concepts.map((concept) => (
              <li key={concept.conceptId}>
                <Link href={`/library/${encodeURIComponent(concept.conceptId)}`} className="weak__link">
                  <span className="weak__term">{concept.title}</span>
                  <span className="weak__topic">{concept.topicTitle}</span>
                  <span className="weak__figures">
                    <span>Recall {percentLabel(concept.retrievability)}</span>
                    <span>{plural(concept.lapses, "lapse")}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
