"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createQuiz } from "../quiz/quiz-client";

/**
 * Starts a 10-question practice quiz straight from the dashboard and opens it. `topics` and
 * `isWeakSpots` are what the quiz form would send; the server validates them again.
 */
export function QuizMeButton({ topics, isWeakSpots = false, label, detail }: { topics: string[]; isWeakSpots?: boolean; label: string; detail?: string }) {
  const router = useRouter();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    const outcome = await createQuiz({ topics, length: 10, mode: "practice", isWeakSpots });
    if (outcome.ok) {
      router.push(`/quiz/${outcome.data.quizId}`);
      return;
    }
    if (outcome.status === 401) {
      router.push(`/signin?callbackUrl=${encodeURIComponent("/mastery")}`);
      return;
    }
    setError(outcome.message);
    setPending(false);
  }

  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => void start()} disabled={isPending}>
        {isPending ? "Preparing…" : label}
        {detail ? <span className="visually-hidden"> ({detail})</span> : null}
      </button>
      {error ? (
        <p className="field__error quiz-me__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
