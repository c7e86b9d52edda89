import Link from "next/link";
import type { AnswerOutcome, ConceptNote } from "../quiz-types";

const HEADLINES: Record<string, string> = {
  correct: "Correct",
  typo: "Correct, accepted with a typo",
  wrong: "Not quite",
  timeout: "Timed out",
  "self-graded": "Graded",
};

/** Practice mode, after an answer: the verdict, the solution and the concept behind it. */
export function AnswerFeedback({
  outcome,
  concept,
  answered,
  onNext,
  isBusy,
}: {
  outcome: AnswerOutcome;
  concept: ConceptNote | null;
  answered: string;
  onNext: () => void;
  isBusy: boolean;
}) {
  const tone = outcome.isCorrect ? "right" : "wrong";
  const solution = outcome.solution;
  return (
    <div className={`feedback feedback--${tone}`} data-verdict={outcome.verdict}>
      <h2 className="feedback__verdict">{HEADLINES[outcome.verdict] ?? outcome.verdict}</h2>
      {outcome.verdict === "typo" && outcome.matched ? (
        <p>
          Accepted as <strong>{outcome.matched}</strong>. Check the spelling for next time.
        </p>
      ) : null}
      <dl className="feedback__answers">
        <div>
          <dt>Your answer</dt>
          <dd className="feedback__typed">{answered || "(none)"}</dd>
        </div>
        {solution ? (
          <div>
            <dt>Correct answer</dt>
            <dd>{solution.correctAnswer}</dd>
          </div>
        ) : null}
      </dl>
      {solution && solution.modelAnswer !== solution.correctAnswer ? <p className="feedback__model">{solution.modelAnswer}</p> : null}
      {concept ? (
        <div className="feedback__concept">
          <h3>{concept.term}</h3>
          <p>{concept.explanation}</p>
          <Link href={`/library/${concept.conceptId}`}>Read the concept: {concept.term}</Link>
        </div>
      ) : null}
      <button type="button" className="button feedback__next" onClick={onNext} disabled={isBusy} data-autofocus>
        {outcome.isFinished ? "See results" : "Next question"} <kbd>N</kbd>
      </button>
    </div>
  );
}
