import type { Metadata } from "next";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage() {
  await requireUser("/library");
  return (
    <>
      <h1>Library</h1>
      <div className="card">
        <p className="muted">The knowledge base is empty for now: topics and concepts will be listed here.</p>
      </div>
    </>
  );
}
