import type { Metadata } from "next";
import Link from "next/link";
import { listQuizHistory } from "@/lib/data/quiz/list-quiz-history";
import { appDb } from "@/lib/server/app-db";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Past quizzes" };

export default async function QuizHistoryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser("/quiz/history");
  const raw = Number((await searchParams).page ?? 1);
  // A bad ?page= shows the first page rather than an error; a page past the end shows the last.
  const history = await listQuizHistory(appDb(), user.id, Number.isInteger(raw) && raw >= 1 ? raw : 1);
  const titles = new Map(loadKnowledgeBase().knowledgeBase.topics.map((topic) => [topic.id as string, topic.title]));
  const allTopics = titles.size;
  const date = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: user.timezone });

  return (
    <div className="quiz">
      <div className="quiz__header">
        <h1>Past quizzes</h1>
        <Link href="/quiz" className="button">
          New quiz
        </Link>
      </div>
      {history.entries.length === 0 ? (
        <p className="card">
          No quiz yet. <Link href="/quiz">Start your first one</Link>.
        </p>
      ) : (
        <ul className="history">
          {history.entries.map((entry) => (
            <li key={entry.quizId} className="history__entry card" data-quiz-id={entry.quizId}>
              <div className="history__main">
                <p className="history__date">{date(entry.createdAt)}</p>
                <p className="muted history__topics">
                  {entry.topics.length === allTopics ? "All topics" : entry.topics.map((topic) => titles.get(topic) ?? topic).join(", ")}
                </p>
              </div>
              <span className="badge">
                {entry.mode === "mock" ? "Mock interview" : "Practice"}
                {entry.isWeakSpots ? " · weak spots" : ""}
              </span>
              <p className="history__score">
                {entry.isFinished ? (
                  <>
                    <strong>
                      {entry.correct} / {entry.total}
                    </strong>{" "}
                    <span className="muted">correct</span>
                  </>
                ) : (
                  <span className="muted">In progress</span>
                )}
              </p>
              {entry.isFinished ? (
                <Link href={`/quiz/${entry.quizId}/results`} className="button button--quiet">
                  Results<span className="visually-hidden"> of the quiz of {date(entry.createdAt)}</span>
                </Link>
              ) : (
                <Link href={`/quiz/${entry.quizId}`} className="button">
                  Resume<span className="visually-hidden"> the quiz of {date(entry.createdAt)}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {history.pageCount > 1 ? (
        <nav className="pager" aria-label="Pages">
          {history.page > 1 ? <Link href={`/quiz/history?page=${history.page - 1}`}>Newer</Link> : <span />}
          <span className="muted">
            Page {history.page} of {history.pageCount}
          </span>
          {history.page < history.pageCount ? <Link href={`/quiz/history?page=${history.page + 1}`}>Older</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
