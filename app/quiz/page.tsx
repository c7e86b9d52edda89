import type { Metadata } from "next";
import Link from "next/link";
import { QUIZ_LENGTH, TIME_LIMIT_SECONDS } from "@/lib/data/quiz/create-quiz";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { requireUser } from "@/lib/server/session";
import { QuizForm } from "./QuizForm";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage() {
  await requireUser("/quiz");
  const topics = loadKnowledgeBase().knowledgeBase.topics.map(({ id, title }) => ({ id, title }));
  return (
    <div className="quiz">
      <div className="quiz__header">
        <h1>New quiz</h1>
        <Link href="/quiz/history">Past quizzes</Link>
      </div>
      <p className="muted">
        Practice shows the answer after each question. A mock interview is timed and keeps the answers for the end.
      </p>
      <QuizForm topics={topics} lengthRange={QUIZ_LENGTH} timeLimitRange={TIME_LIMIT_SECONDS} />
    </div>
  );
}
