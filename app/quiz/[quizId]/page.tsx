import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getQuizView } from "@/lib/data/quiz/get-quiz-view";
import { NotFoundError } from "@/lib/domain/errors";
import { appDb } from "@/lib/server/app-db";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { requireUser } from "@/lib/server/session";
import { QuizRunner } from "./QuizRunner";

export const metadata: Metadata = { title: "Quiz" };

const NOTICES: Record<string, string> = {
  "no-history": "You have no review history in these topics yet, so this is a normal quiz.",
};

type Props = { params: Promise<{ quizId: string }>; searchParams: Promise<{ notice?: string }> };

export default async function QuizRunPage({ params, searchParams }: Props) {
  const { quizId } = await params;
  const user = await requireUser(`/quiz/${encodeURIComponent(quizId)}`);
  // Loading the view starts the current question's clock, as the API does: a reload resumes it.
  const view = await getQuizView(appDb(), user.id, quizId, new Date()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (view.isFinished) redirect(`/quiz/${encodeURIComponent(quizId)}/results`);
  const topics = loadKnowledgeBase().knowledgeBase.topics.map(({ id, title }) => ({ id, title }));
  const { notice } = await searchParams;
  return <QuizRunner initialView={view} topics={topics} notice={(notice && NOTICES[notice]) || null} />;
}
