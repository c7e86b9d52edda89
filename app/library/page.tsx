import type { Metadata } from "next";
import { LibraryBrowser } from "./LibraryBrowser";
import { libraryTopics } from "@/lib/domain/content/library";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireUser("/library");
  const { q } = await searchParams;
  const topics = libraryTopics(loadKnowledgeBase().knowledgeBase);
  const total = topics.reduce((sum, topic) => sum + topic.entries.length, 0);
  return (
    <>
      <h1>Library</h1>
      <p className="muted">
        {total} concepts in {topics.length} topics. Every card and quiz question is generated from these pages.
      </p>
      <LibraryBrowser topics={topics} initialQuery={typeof q === "string" ? q.slice(0, 100) : ""} />
    </>
  );
}
