import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getQuizResults } from "@/lib/data/quiz/get-quiz-results";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { appDb } from "@/lib/server/app-db";
import { conceptNotes } from "@/lib/server/concept-notes";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { requireUser } from "@/lib/server/session";
import { formatDuration } from "../../_components/format-duration";
import { ResultQuestion } from "./ResultQuestion";
import { RetryMissedButton } from "./RetryMissedButton";

export const metadata: Metadata = { title: "Quiz results" };

export default async function QuizResultsPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const user = await requireUser(`/quiz/${encodeURIComponent(quizId)}/results`);
  const results = await getQuizResults(appDb(), user.id, quizId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    // Still running: the answers stay hidden until it is over.
    if (error instanceof ConflictError) redirect(`/quiz/${encodeURIComponent(quizId)}`);
    throw error;
  });
  const notes = conceptNotes(results.questions.map((question) => question.conceptId));
  const titles = new Map(loadKnowledgeBase().knowledgeBase.topics.map((topic) => [topic.id as string, topic.title]));
  const { score } = results;
  const percent = score.total === 0 ? 0 : Math.round((score.correct / score.total) * 100);

  return (
    <div className="quiz quiz-results">
      <div className="quiz__header">
        <h1>Results</h1>
        <p className="muted">{results.mode === "mock" ? "Mock interview" : "Practice quiz"}</p>
      </div>
      <section className="card results-summary" aria-labelledby="score-title">
        <h2 id="score-title" className="visually-hidden">
          Score
        </h2>
        <p className="results-summary__score" data-testid="score">
          <strong>
            {score.correct} of {score.total}
          </strong>{" "}
          correct <span className="muted">({percent}%)</span>
        </p>
        <p className="muted">
          Time taken: {formatDuration(results.timeTakenMs)}
          {score.missed > 0 ? ` · ${score.missed} missed` : ""}
        </p>
        {score.toGrade > 0 ? (
          <p className="notice">
            {score.toGrade} open answer{score.toGrade === 1 ? " is" : "s are"} waiting for you to grade against the key points below.
          </p>
        ) : null}
        <table className="topic-scores">
          <caption className="visually-hidden">Score per topic</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Correct</th>
            </tr>
          </thead>
          <tbody>
            {score.perTopic.map((topic) => (
              <tr key={topic.topic}>
                <th scope="row">{titles.get(topic.topic) ?? topic.topic}</th>
                <td>
                  {topic.correct} / {topic.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          {score.missed > 0 ? <RetryMissedButton quizId={results.quizId} missed={score.missed} /> : null}
          <Link href="/quiz" className="button button--quiet">
            New quiz
          </Link>
          <Link href="/quiz/history" className="button button--quiet">
            Past quizzes
          </Link>
        </div>
      </section>
      <h2>Questions</h2>
      <ol className="result-list">
        {results.questions.map((question) => (
          <li key={question.questionId}>
            <ResultQuestion quizId={results.quizId} question={question} topicTitle={titles.get(question.topic) ?? question.topic} concept={notes[question.conceptId] ?? null} />
          </li>
        ))}
      </ol>
    </div>
  );
}
