"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postRetryMissed } from "../../quiz-client";

/** "Retry the ones I missed": the server makes a new quiz of them; we go straight to it. */
export function RetryMissedButton({ quizId, missed }: { quizId: string; missed: number }) {
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function retry() {
    setBusy(true);
    setError(null);
    const outcome = await postRetryMissed(quizId);
    if (outcome.ok) {
      router.push(`/quiz/${outcome.data.quizId}`);
      return;
    }
    setError(outcome.message);
    setBusy(false);
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void retry()} disabled={isBusy}>
        {isBusy ? "Preparing…" : `Retry the ones I missed (${missed})`}
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
