import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUserId } from "@/lib/server/session";

export default async function LandingPage() {
  if (await getSessionUserId()) redirect("/review");
  return (
    <>
      <section className="hero">
        <h1>Remember machine learning for good.</h1>
        <p>
          Recall ML turns the core ideas of machine learning, from precision and recall to Q-learning and
          lemmatization, into flashcards and interview quizzes. Every review is scheduled with FSRS, so you
          study each card just before you would forget it.
        </p>
        <div className="actions">
          <Link href="/signup" className="button">
            Create a free account
          </Link>
          <Link href="/signin" className="button button--quiet">
            Sign in
          </Link>
        </div>
      </section>
      <section className="features" aria-label="What you get">
        <div className="card">
          <h2>A daily review that adapts</h2>
          <p className="muted">The FSRS scheduler learns how well you know each card and spaces reviews to match.</p>
        </div>
        <div className="card">
          <h2>Interview-ready quizzes</h2>
          <p className="muted">Multiple choice, true or false, compare-and-contrast and metric calculations.</p>
        </div>
        <div className="card">
          <h2>Mastery you can see</h2>
          <p className="muted">Follow how well you master each topic, from fundamentals to NLP.</p>
        </div>
      </section>
    </>
  );
}
