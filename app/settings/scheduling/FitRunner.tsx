"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { postForEvents } from "./ndjson-client";

type FitEvent =
  | { type: "progress"; phase: "waiting" | "reading" | "checking" | "fitting" | "saving"; share: number }
  | { type: "fitted" }
  | { type: "not-ready"; missing: string }
  | { type: "error"; message: string };

const PHASES = {
  waiting: { label: "Waiting for another learner's fit to finish…", from: 0, span: 0 },
  reading: { label: "Reading your review history…", from: 0, span: 0.05 },
  checking: { label: "Checking a fit on your earlier reviews against your latest ones…", from: 0.05, span: 0.45 },
  fitting: { label: "Fitting your parameters on all your reviews…", from: 0.5, span: 0.45 },
  saving: { label: "Saving…", from: 0.95, span: 0.05 },
} as const;

/** The "Fit my parameters" button, with the fit's progress while it runs. */
export function FitRunner({ hasPendingFit }: { hasPendingFit: boolean }) {
  const router = useRouter();
  const [progress, setProgress] = useState<{ label: string; share: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "info" | "error" } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function run() {
    abort.current = new AbortController();
    setMessage(null);
    setProgress({ label: PHASES.reading.label, share: 0 });
    const last = await postForEvents<FitEvent>(
      "/api/scheduling/fits",
      (event) => {
        if (event.type !== "progress") return;
        const phase = PHASES[event.phase];
        setProgress({ label: phase.label, share: phase.from + phase.span * event.share });
      },
      abort.current.signal,
    );
    setProgress(null);
    if (last.type === "fitted") {
      setMessage({ text: "Your parameters are ready: compare them with the defaults below before you apply them.", tone: "ok" });
      router.refresh();
    } else if (last.type === "not-ready") setMessage({ text: last.missing, tone: "info" });
    else if (last.type === "error") setMessage({ text: last.message, tone: "error" });
  }

  const percent = progress ? Math.round(progress.share * 100) : 0;
  return (
    <div className="fit-runner">
      <button className="button" type="button" onClick={run} disabled={progress !== null}>
        {progress ? "Fitting…" : hasPendingFit ? "Fit again" : "Fit my parameters"}
      </button>
      {progress ? (
        <div className="fit-runner__progress">
          <p id="fit-progress-label" className="muted">
            {progress.label}
          </p>
          <div className="progress" role="progressbar" aria-labelledby="fit-progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
            <div className="progress__bar" style={{ width: `${percent}%` }} />
          </div>
        </div>
      ) : null}
      {message ? (
        <p className={{ ok: "notice", info: "notice notice--info", error: "alert" }[message.tone]} role={message.tone === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
