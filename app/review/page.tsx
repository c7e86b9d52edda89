import type { Metadata } from "next";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser("/review");
  return (
    <>
      <h1>Today&apos;s review</h1>
      <div className="card">
        <p>Welcome, {user.name}. There are no cards to review yet.</p>
        <p className="muted">
          Cards are generated from the knowledge base; once it is loaded, your daily review appears here.
        </p>
      </div>
    </>
  );
}
