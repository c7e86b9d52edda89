import Link from "next/link";
import type { QuizResultQuestion } from "@/lib/data/quiz/get-quiz-results";
import type { ConceptNote } from "../../quiz-types";
import { ratingLabel } from "../../_components/ratings";
import { ResultGrader } from "./ResultGrader";

function verdictLabel(question: QuizResultQuestion): string {
  switch (question.verdict) {
    case "correct":
      return "Correct";
    case "typo":
      return "Correct (typo)";
    case "wrong":
      return "Wrong";
    case "timeout":
      return "Timed out";
    case "pending":
      return "To grade";
    case "self-graded":
      return `Self-graded: ${ratingLabel(question.rating)}`;
    default:
      return "Not answered";
  }
}

function answerText(question: QuizResultQuestion): string {
  const response = question.response;
  if (!response) return "(none)";
  if (typeof response.optionIndex === "number") return question.asked.options?.[response.optionIndex] ?? `Option ${response.optionIndex + 1}`;
  if (typeof response.value === "boolean") return response.value ? "True" : "False";
  if (typeof response.text === "string" && response.text !== "") return response.text;
  return "(none)";
}

/** One question of a finished quiz: what was asked and answered, the solution, the concept. */
export function ResultQuestion({ quizId, question, topicTitle, concept }: { quizId: string; question: QuizResultQuestion; topicTitle: string; concept: ConceptNote | null }) {
  const { solution } = question;
  const tone = question.verdict === "pending" ? "pending" : question.isCorrect ? "right" : "wrong";
  const covered = new Set(question.response?.coveredKeyPoints ?? []);
  // Open and compare answers are judged against a model answer and its key points, not one right answer.
  const isSelfGraded = solution.keyPoints.length > 0;
  return (
    <article className={`result result--${tone}`} data-verdict={question.verdict ?? "none"} aria-labelledby={`result-${question.questionId}`}>
      <header className="result__header">
        <h3 id={`result-${question.questionId}`}>Question {question.number}</h3>
        <span className="muted">{topicTitle}</span>
        <span className={`verdict verdict--${tone}`}>{verdictLabel(question)}</span>
      </header>
      <p className="result__prompt">{question.asked.prompt}</p>
      <dl className="feedback__answers">
        <div>
          <dt>Your answer</dt>
          <dd className="feedback__typed">{answerText(question)}</dd>
        </div>
        {question.response?.matched && question.verdict === "typo" ? (
          <div>
            <dt>Accepted as</dt>
            <dd>{question.response.matched}</dd>
          </div>
        ) : null}
        {isSelfGraded ? null : (
          <div>
            <dt>Correct answer</dt>
            <dd>{solution.correctAnswer}</dd>
          </div>
        )}
      </dl>
      {isSelfGraded ? <h4 className="result__model-title">Model answer</h4> : null}
      {isSelfGraded || solution.modelAnswer !== solution.correctAnswer ? <p className="feedback__model">{solution.modelAnswer}</p> : null}
      {question.verdict === "pending" ? (
        <ResultGrader quizId={quizId} questionId={question.questionId} keyPoints={solution.keyPoints} />
      ) : solution.keyPoints.length > 0 ? (
        <ul className="key-points" aria-label="Key points">
          {solution.keyPoints.map((point, index) => (
            <li key={index} className={covered.has(index) ? "key-points__covered" : undefined}>
              <span aria-hidden="true">{covered.has(index) ? "✓ " : "· "}</span>
              {point}
              {covered.has(index) ? <span className="visually-hidden"> (covered)</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {concept ? (
        <details className="result__concept">
          <summary>Why: {concept.term}</summary>
          <p>{concept.explanation}</p>
          <Link href={`/library/${concept.conceptId}`}>Open {concept.term} in the library</Link>
        </details>
      ) : null}
    </article>
  );
}
