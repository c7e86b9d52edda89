import type { Metadata } from "next";
import { ReviewSession } from "./ReviewSession";
import { getReviewSession } from "@/lib/data/review/get-review-session";
import { TOPICS, type Topic } from "@/lib/domain/content/schema";
import { appDb } from "@/lib/server/app-db";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ topic?: string }> }) {
  const user = await requireUser("/review");
  const { topic: rawTopic } = await searchParams;
  // An unknown ?topic= is ignored rather than an error: the page shows every topic.
  const topic = TOPICS.includes(rawTopic as Topic) ? (rawTopic as Topic) : null;
  const session = await getReviewSession(appDb(), user.id, { topic, now: new Date() });
  const topics = loadKnowledgeBase().knowledgeBase.topics.map(({ id, title }) => ({ id, title }));
  return <ReviewSession initialSession={session} topics={topics} />;
}
