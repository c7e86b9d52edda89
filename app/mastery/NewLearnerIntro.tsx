import Link from "next/link";
import { percentLabel } from "./format";

/** The page for someone who has not reviewed or answered anything yet: what will appear, and why. */
export function NewLearnerIntro({ desiredRetention }: { desiredRetention: number }) {
  return (
    <section className="card mastery-intro" aria-labelledby="intro-title">
      <h2 id="intro-title">Your mastery starts with your first review</h2>
      <p>
        Recall ML measures what you know from how you answer: every review and quiz answer updates how well you would recall
        each card today. You have not reviewed anything yet, so every figure below is zero.
      </p>
      <Link href="/review" className="button button--large">
        Start your first review
      </Link>
      <h3 className="mastery-intro__subtitle">What will appear here</h3>
      <ul className="mastery-intro__list">
        <li>
          <strong>Mastery per topic</strong>, and how ready you are for interview questions on it.
        </li>
        <li>
          <strong>What a week off would cost</strong>: memories fade, and this shows by how much.
        </li>
        <li>
          <strong>Your weakest concepts</strong>, to study or quiz yourself on.
        </li>
        <li>
          <strong>Charts</strong> of the reviews coming up, your study days and streaks, your ratings, and your true retention
          against your goal of {percentLabel(desiredRetention)}.
        </li>
      </ul>
    </section>
  );
}
