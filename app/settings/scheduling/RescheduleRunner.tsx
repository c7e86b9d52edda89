"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { postForEvents } from "./ndjson-client";

type RescheduleEvent = { type: "progress"; done: number; total: number } | { type: "done"; done: number; total: number } | { type: "error"; message: string };

const count = new Intl.NumberFormat("en-GB");

/**
 * Carries out a reschedule the learner asked for, as soon as the page shows it: batch by batch,
 * with progress. If the tab closes or the connection drops, the server keeps what was done, and
 * the page offers to carry on from there.
 */
export function RescheduleRunner() {
  const router = useRouter();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped by "Continue rescheduling": each value is one run of the effect below.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    postForEvents<RescheduleEvent>(
      "/api/scheduling/reschedule",
      (event) => {
        if (event.type === "progress" || event.type === "done") setProgress({ done: event.done, total: event.total });
      },
      abort.signal,
    ).then((last) => {
      if (abort.signal.aborted) return;
      if (last.type === "done") router.refresh();
      else if (last.type === "error") setError(`${last.message} What was rescheduled is kept; carry on when you are ready.`);
    });
    return () => abort.abort();
  }, [attempt, router]);

  function retry() {
    setError(null);
    setAttempt((value) => value + 1);
  }

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="fit-runner" aria-live="polite">
      <p id="reschedule-label">
        {progress ? `Rescheduled ${count.format(progress.done)} of ${count.format(progress.total)} cards.` : "Rescheduling your cards…"}
      </p>
      <div className="progress" role="progressbar" aria-labelledby="reschedule-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      {error ? (
        <>
          <p className="alert" role="alert">
            {error}
          </p>
          <button className="button" type="button" onClick={retry}>
            Continue rescheduling
          </button>
        </>
      ) : null}
    </div>
  );
}
