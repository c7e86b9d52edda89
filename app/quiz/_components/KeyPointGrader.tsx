"use client";

import { useEffect, useState } from "react";
import { keyPointGrade } from "@/lib/domain/quiz/key-point-grade";
import { RATINGS, ratingLabel } from "./ratings";


/**
 * Self-grading an open or compare answer: the learner ticks the key points their answer covered,
 * sees the grade those suggest, and confirms a grade (the suggestion or another). With
 * `hasShortcuts`, keys 1-4 confirm; the results page lists several graders and leaves them off.
 */
export function KeyPointGrader({
  idPrefix,
  keyPoints,
  onConfirm,
  isBusy,
  hasShortcuts = false,
}: {
  idPrefix: string;
  keyPoints: string[];
  onConfirm: (coveredKeyPoints: number[], rating: number) => void;
  isBusy: boolean;
  hasShortcuts?: boolean;
}) {
  const [covered, setCovered] = useState<number[]>([]);
  const suggested = keyPoints.length > 0 ? keyPointGrade(covered.length, keyPoints.length) : null;

  useEffect(() => {
    if (!hasShortcuts) return;
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const isTyping = target?.tagName === "TEXTAREA" || (target?.tagName === "INPUT" && !["checkbox", "radio"].includes((target as HTMLInputElement).type));
      if (isTyping || event.altKey || event.ctrlKey || event.metaKey) return;
      if (["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        onConfirm(covered, Number(event.key));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [covered, hasShortcuts, onConfirm]);

  return (
    <div className="grader">
      {keyPoints.length > 0 ? (
        <fieldset className="grader__points">
          <legend>Key points your answer covered</legend>
          {keyPoints.map((point, index) => (
            <label key={index} className="checkbox grader__point">
              <input
                type="checkbox"
                id={`${idPrefix}-point-${index}`}
                checked={covered.includes(index)}
                onChange={(event) =>
                  setCovered((current) => (event.target.checked ? [...current, index].sort((a, b) => a - b) : current.filter((entry) => entry !== index)))
                }
              />
              <span>{point}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {suggested !== null ? (
        <p className="grader__suggestion" aria-live="polite">
          {covered.length} of {keyPoints.length} key points: suggested grade <strong>{ratingLabel(suggested)}</strong>
        </p>
      ) : null}
      <div className="grades" role="group" aria-label="Confirm your grade">
        {RATINGS.map(({ rating, label }) => (
          <button
            key={rating}
            type="button"
            className={`grade grade--${rating}${rating === suggested ? " grade--suggested" : ""}`}
            onClick={() => onConfirm(covered, rating)}
            disabled={isBusy}
            aria-describedby={rating === suggested ? `${idPrefix}-suggested` : undefined}
          >
            <span className="grade__label">
              {label}
              {hasShortcuts ? <kbd>{rating}</kbd> : null}
            </span>
            {rating === suggested ? (
              <span className="grade__interval" id={`${idPrefix}-suggested`}>
                suggested
              </span>
            ) : null}
          </button>
        ))}
      </div>
    </div>
  );
}
