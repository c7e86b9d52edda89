"use client";

import Link from "next/link";
import { useDeferredValue, useMemo, useState } from "react";
import type { LibraryTopic } from "@/lib/domain/content/library";

function matches(entry: { term: string; aliases: string[] }, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [entry.term, ...entry.aliases].some((name) => name.toLowerCase().includes(needle));
}

/** Topic list with an instant search over terms and aliases (e.g. "knn" finds k-nearest neighbors). */
export function LibraryBrowser({ topics, initialQuery }: { topics: LibraryTopic[]; initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => topics.map((topic) => ({ ...topic, entries: topic.entries.filter((entry) => matches(entry, deferredQuery)) })).filter((topic) => topic.entries.length > 0),
    [topics, deferredQuery],
  );
  const count = visible.reduce((sum, topic) => sum + topic.entries.length, 0);

  return (
    <div className="library">
      <form role="search" className="library__search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="library-search">Search by term or alias</label>
        <input
          id="library-search"
          type="search"
          value={query}
          maxLength={100}
          placeholder="e.g. KNN, lemmatization, AUC"
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
        <span className="muted" aria-live="polite">
          {deferredQuery.trim() ? `${count} matching concept${count === 1 ? "" : "s"}` : ""}
        </span>
      </form>
      {!deferredQuery.trim() ? (
        <nav aria-label="Topics" className="library__topics">
          {topics.map((topic) => (
            <a key={topic.id} href={`#topic-${topic.id}`} className="chip">
              {topic.title} <span className="muted">{topic.entries.length}</span>
            </a>
          ))}
        </nav>
      ) : null}
      {visible.length === 0 ? <p className="card">No concept matches “{deferredQuery}”.</p> : null}
      {visible.map((topic) => (
        <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="library__topic">
          <h2 id={`topic-${topic.id}`}>{topic.title}</h2>
          <p className="muted">{topic.summary}</p>
          <ul className="concept-list">
            {topic.entries.map((entry) => (
              <li key={entry.id}>
                <Link href={`/library/${entry.id}`} className="concept-list__link">
                  <span className="concept-list__term">{entry.term}</span>
                  {entry.aliases.length > 0 ? <span className="muted"> ({entry.aliases.join(", ")})</span> : null}
                  <span className="concept-list__definition">{entry.definition}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
