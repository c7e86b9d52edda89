"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReviewSessionView } from "@/lib/domain/review/session-view";
import { fetchSession, postCardAction, postGrade, postUndo, type ApiOutcome } from "./review-client";
import { DoneForToday } from "./DoneForToday";
import { QueueProgress } from "./QueueProgress";

const RATINGS = [
  { rating: 1, label: "Again" },
  { rating: 2, label: "Hard" },
  { rating: 3, label: "Good" },
  { rating: 4, label: "Easy" },
] as const;

const KIND_HINTS: Record<string, string> = {
  basic: "Define the term",
  reverse: "Name the term",
  cloze: "Fill in the blank",
  compare: "Explain the difference",
  open: "Answer as you would in an interview",
  metric: "Compute",
};

function newReviewId(): string {
  return crypto.randomUUID();
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(element.tagName)));
}

/** Enter and Space on a focused link or button are the browser's: they follow or press it. */
function isActivating(event: KeyboardEvent): boolean {
  const element = event.target as HTMLElement | null;
  return (event.key === "Enter" || event.key === " ") && Boolean(element?.closest("a, button, summary"));
}

/**
 * The daily review. The server owns the queue and the schedule: each grade goes out with a review
 * id fixed when the card appeared (so a retry or a double press is applied once) and the card
 * version it saw, and the response carries the next card, so nothing stale is ever shown.
 */
export function ReviewSession({ initialSession, topics }: { initialSession: ReviewSessionView; topics: { id: string; title: string }[] }) {
  const router = useRouter();
  const [session, setSession] = useState(initialSession);
  const [isRevealed, setRevealed] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "notice"; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const busy = useRef(false);
  const reviewId = useRef(newReviewId());
  const revealedAt = useRef<number | null>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const card = session.card;
  const topic = session.topic;

  const showSession = useCallback((next: ReviewSessionView) => {
    setSession(next);
    setRevealed(false);
    revealedAt.current = null;
    reviewId.current = newReviewId();
  }, []);

  const run = useCallback(
    async (request: () => Promise<ApiOutcome<{ session: ReviewSessionView }>>, onConflictReload = true) => {
      if (busy.current) return;
      busy.current = true;
      setBusy(true);
      const outcome = await request();
      if (outcome.ok) {
        setMessage(null);
        showSession(outcome.data.session);
      } else if (outcome.status === 401) {
        router.push(`/signin?callbackUrl=${encodeURIComponent("/review")}`);
      } else if (outcome.status === 409 && onConflictReload) {
        const fresh = await fetchSession(topic);
        if (fresh.ok) showSession(fresh.data.session);
        setMessage({ tone: "notice", text: outcome.message });
      } else {
        setMessage({ tone: "error", text: outcome.status === 0 ? `${outcome.message} Nothing was lost: try again.` : outcome.message });
      }
      busy.current = false;
      setBusy(false);
    },
    [router, showSession, topic],
  );

  const reveal = useCallback(() => {
    if (!card || isRevealed) return;
    setRevealed(true);
    revealedAt.current = Date.now();
  }, [card, isRevealed]);

  const grade = useCallback(
    (rating: number) => {
      if (!card || !isRevealed) return;
      const durationMs = Math.min(Date.now() - (revealedAt.current ?? Date.now()), 24 * 60 * 60 * 1000);
      const body = { cardId: card.cardId, reviewId: reviewId.current, rating, version: card.version, durationMs };
      void run(() => postGrade(topic, body));
    },
    [card, isRevealed, run, topic],
  );

  const undo = useCallback(() => {
    void run(() => postUndo(topic), false);
  }, [run, topic]);

  const act = useCallback(
    (action: "bury" | "suspend" | "reset") => {
      if (!card) return;
      if (action === "reset" && !window.confirm("Reset this card? It becomes new again; its review history is kept.")) return;
      void run(() => postCardAction(topic, card.cardId, action, card.version));
    },
    [card, run, topic],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || isActivating(event) || event.altKey || event.metaKey) return;
      if ((event.ctrlKey && event.key.toLowerCase() === "z") || (!event.ctrlKey && event.key === "u")) {
        event.preventDefault();
        undo();
        return;
      }
      if (event.ctrlKey) return;
      if (event.key === " " || event.key === "Enter") {
        if (!isRevealed && card) {
          event.preventDefault();
          reveal();
        }
      } else if (["1", "2", "3", "4"].includes(event.key)) {
        if (isRevealed) {
          event.preventDefault();
          grade(Number(event.key));
        }
      } else if (event.key === "b") act("bury");
      else if (event.key === "s") act("suspend");
      else if (event.key === "r") act("reset");
      else if (event.key === "c" && card) router.push(`/library/${card.conceptId}`);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [act, card, grade, isRevealed, reveal, router, undo]);

  useEffect(() => {
    if (isRevealed) answerRef.current?.focus();
  }, [isRevealed]);

  return (
    <div className="review">
      <div className="review__header">
        <h1>Today&apos;s review</h1>
        <label className="review__topic">
          <span className="muted">Topic</span>
          <select
            value={topic ?? ""}
            onChange={(event) => {
              const value = event.target.value;
              router.replace(value ? `/review?topic=${value}` : "/review");
              void run(() => fetchSession(value || null));
            }}
          >
            <option value="">All topics</option>
            {topics.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueueProgress counts={session.counts} gradedToday={session.gradedToday} />
      {message ? (
        <p className={message.tone === "error" ? "alert" : "notice"} role="status">
          {message.text}
        </p>
      ) : null}
      {!card ? (
        <DoneForToday nextDueAt={session.nextDueAt} tomorrow={session.tomorrow} onUndo={undo} isBusy={isBusy} />
      ) : (
        <section className="review-card card" aria-live="polite" aria-busy={isBusy} data-card-id={card.cardId}>
          <p className="review-card__meta muted">
            <span className="badge">{KIND_HINTS[card.kind] ?? card.kind}</span>
            <span>{topics.find((t) => t.id === card.topic)?.title ?? card.topic}</span>
          </p>
          <div className="review-card__prompt">{card.prompt}</div>
          {isRevealed ? (
            <div className="review-card__answer" ref={answerRef} tabIndex={-1}>
              <h2 className="visually-hidden">Answer</h2>
              {card.answer}
            </div>
          ) : (
            <button type="button" className="button review-card__reveal" onClick={reveal} autoFocus>
              Show answer <kbd>Space</kbd>
            </button>
          )}
          {isRevealed ? (
            <div className="grades" role="group" aria-label="Grade your recall">
              {RATINGS.map(({ rating, label }) => (
                <button key={rating} type="button" className={`grade grade--${rating}`} onClick={() => grade(rating)} disabled={isBusy}>
                  <span className="grade__label">
                    {label} <kbd>{rating}</kbd>
                  </span>
                  <span className="grade__interval">{card.intervals[rating]}</span>
                </button>
              ))}
            </div>
          ) : null}
          <div className="review-card__actions">
            <button type="button" className="button button--quiet" onClick={undo} disabled={isBusy}>
              Undo <kbd>U</kbd>
            </button>
            <button type="button" className="button button--quiet" onClick={() => act("bury")} disabled={isBusy}>
              Bury <kbd>B</kbd>
            </button>
            <button type="button" className="button button--quiet" onClick={() => act("suspend")} disabled={isBusy}>
              Suspend <kbd>S</kbd>
            </button>
            <button type="button" className="button button--quiet" onClick={() => act("reset")} disabled={isBusy}>
              Reset <kbd>R</kbd>
            </button>
            <Link href={`/library/${card.conceptId}`} className="button button--quiet">
              Concept <kbd>C</kbd>
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
