import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getConceptCards } from "@/lib/data/library/get-concept-cards";
import { conceptDetail } from "@/lib/domain/content/library";
import { appDb } from "@/lib/server/app-db";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { requireUser } from "@/lib/server/session";
import { YourCards } from "./YourCards";

type Props = { params: Promise<{ conceptId: string }> };

const findConcept = (conceptId: string) => conceptDetail(loadKnowledgeBase().knowledgeBase, conceptId);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = findConcept((await params).conceptId);
  return { title: page ? page.concept.term : "Concept not found" };
}

export default async function ConceptPage({ params }: Props) {
  const { conceptId } = await params;
  const user = await requireUser(`/library/${encodeURIComponent(conceptId)}`);
  const page = findConcept(conceptId);
  if (!page) notFound();
  const { concept, topic, narrower, terms } = page;
  const now = new Date();
  const cards = await getConceptCards(appDb(), user.id, concept.id, now);
  const conceptLinks = (ids: string[]) =>
    ids.map((id, index) => (
      <span key={id}>
        {index > 0 ? ", " : ""}
        <Link href={`/library/${id}`}>{terms[id] ?? id}</Link>
      </span>
    ));

  return (
    <article className="concept">
      <nav aria-label="Breadcrumb" className="muted">
        <Link href="/library">Library</Link> / <Link href={`/library#topic-${topic.id}`}>{topic.title}</Link>
      </nav>
      <h1>{concept.term}</h1>
      {concept.aliases.length > 0 ? <p className="muted">Also called {concept.aliases.join(", ")}</p> : null}
      {concept.broader.length > 0 ? <p className="muted">A kind of {conceptLinks(concept.broader)}</p> : null}
      {narrower.length > 0 ? <p className="muted">Kinds: {conceptLinks(narrower)}</p> : null}
      <p className="concept__definition">{concept.definition}</p>
      <p>{concept.explanation}</p>
      {concept.formula ? (
        <>
          <h2>Formula</h2>
          <pre className="formula">{concept.formula}</pre>
        </>
      ) : null}
      {concept.examples.length > 0 ? (
        <>
          <h2>Examples</h2>
          <ul>
            {concept.examples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
        </>
      ) : null}
      {concept.contrast.length > 0 ? (
        <>
          <h2>Often confused with</h2>
          <dl className="contrast">
            {concept.contrast.map((entry) => (
              <div key={entry.id}>
                <dt>
                  <Link href={`/library/${entry.id}`}>{terms[entry.id] ?? entry.id}</Link>
                </dt>
                <dd>{entry.difference}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {concept.keyPoints.length > 0 ? (
        <>
          <h2>In an interview, cover</h2>
          <ol className="key-points">
            {concept.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h2>Key facts</h2>
      <ul>
        {concept.facts.map((fact) => (
          <li key={fact.statement}>{fact.statement}</li>
        ))}
      </ul>
      <h2>Related concepts</h2>
      <ul className="chips">
        {concept.related.map((id) => (
          <li key={id}>
            <Link href={`/library/${id}`} className="chip">
              {terms[id] ?? id}
            </Link>
          </li>
        ))}
      </ul>
      <h2>Check and go deeper</h2>
      <ul>
        {concept.references.map((reference) => (
          <li key={reference.url + reference.title}>
            <a href={reference.url} rel="noopener noreferrer" target="_blank">
              {reference.title}
            </a>
          </li>
        ))}
      </ul>
      <p className="muted">
        Source: {concept.source === "beyond-article" ? "added beyond the seed article, as interviewers expect it" : `seed article, “${concept.source}”`}
      </p>
      <YourCards term={concept.term} topic={topic} cards={cards} now={now} timezone={user.timezone} dayStartHour={user.dayStartHour} />
    </article>
  );
}
