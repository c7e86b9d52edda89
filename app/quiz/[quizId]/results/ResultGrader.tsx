"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { KeyPointGrader } from "../../_components/KeyPointGrader";
import { newAnswerId, postAnswer } from "../../quiz-client";
import { Alert } from "../../../_components/Alert";

/** A mock-interview open answer graded after the end, through the same answers API. */
export function ResultGrader({ quizId, questionId, keyPoints }: { quizId: string; questionId: string; keyPoints: string[] }) {
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const answerId = useRef(newAnswerId());

  const confirm = useCallback(
    async (coveredKeyPoints: number[], rating: number) => {
      if (isBusy) return;
      setBusy(true);
      const outcome = await postAnswer(quizId, { questionId, answerId: answerId.current, coveredKeyPoints, rating });
      if (outcome.ok) router.refresh();
      else setError(outcome.message);
      setBusy(false);
    },
    [isBusy, questionId, quizId, router],
  );

  return (
    <div className="result__grader">
      <KeyPointGrader idPrefix={`result-grade-${questionId}`} keyPoints={keyPoints} onConfirm={(covered, rating) => void confirm(covered, rating)} isBusy={isBusy} />
      <Alert message={error} className="field__error" />
    </div>
  );
}
