"use client";

import { useEffect, useRef, useState } from "react";

const format = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

/**
 * The time left on a mock question. The server's deadline is the truth (it refuses a late answer
 * and records the timeout); this only displays it and tells the runner once when it reaches zero.
 */
export function Countdown({ deadlineAt, timeLimitMs, onExpire }: { deadlineAt: string; timeLimitMs: number; onExpire: () => void }) {
  const [leftMs, setLeftMs] = useState<number | null>(null);
  const hasExpired = useRef(false);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    hasExpired.current = false;
    const deadline = new Date(deadlineAt).getTime();
    const tick = () => {
      const left = deadline - Date.now();
      setLeftMs(left);
      if (left <= 0 && !hasExpired.current) {
        hasExpired.current = true;
        expire.current();
      }
    };
    const timer = window.setInterval(tick, 250);
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(first);
    };
  }, [deadlineAt]);

  const shownMs = leftMs ?? timeLimitMs;
  // The last 10 seconds, or the last third of a short limit: a 10-second clock is not red throughout.
  const isLow = shownMs <= Math.min(10_000, timeLimitMs / 3);
  const seconds = Math.max(0, Math.ceil(shownMs / 1000));
  return (
    <div className={`countdown${isLow ? " countdown--low" : ""}`}>
      <span className="countdown__label muted">Time left</span>
      <span className="countdown__value" role="timer" aria-label={`${seconds} seconds left`}>
        {format(shownMs)}
      </span>
      {/* A screen reader hears the clock only when it matters, not every second. */}
      <span className="visually-hidden" aria-live="assertive">
        {seconds === 10 ? "10 seconds left" : seconds === 0 ? "Time is up" : ""}
      </span>
      <div className="progress countdown__bar" aria-hidden="true">
        <div className="progress__bar" style={{ width: `${Math.min(100, Math.max(0, (shownMs / timeLimitMs) * 100))}%` }} />
      </div>
    </div>
  );
}
