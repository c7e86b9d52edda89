"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { LeechView } from "@/lib/domain/review/leech-view";

/** Cards suspended after too many lapses: open the concept to rethink it, or put the card back. */
export function LeechList({ leeches }: { leeches: LeechView[] }) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function unsuspend(cardId: string) {
    setPending(cardId);
    setError(null);
    const response = await fetch(`/api/cards/${encodeURIComponent(cardId)}/actions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "unsuspend" }),
    }).catch(() => null);
    if (!response?.ok) setError("Could not unsuspend the card. Please try again.");
    setPending(null);
    router.refresh();
  }

  if (leeches.length === 0) return <p className="muted">No leeches: no card has lapsed often enough to be suspended.</p>;
  return (
    <>
      {error ? <p className="alert" role="alert">{error}</p> : null}
      <ul className="leeches">
        {leeches.map((leech) => (
          <li key={leech.cardId} className="card leech">
            <p className="leech__prompt">{leech.prompt}</p>
            <p className="muted">
              {leech.kind} card, forgotten {leech.lapses} times
            </p>
            <div className="actions">
              <Link href={`/library/${leech.conceptId}`} className="button button--quiet">
                Study the concept
              </Link>
              <button type="button" className="button button--quiet" onClick={() => unsuspend(leech.cardId)} disabled={pending === leech.cardId}>
                {pending === leech.cardId ? "Unsuspending…" : "Unsuspend"}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
