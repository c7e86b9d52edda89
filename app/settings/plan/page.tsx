import type { Metadata } from "next";
import Link from "next/link";
import { buildRetentionPlan } from "@/lib/data/planning/build-retention-plan";
import { appDb } from "@/lib/server/app-db";
import { requireUser } from "@/lib/server/session";
import { PlanView } from "./PlanView";

export const metadata: Metadata = { title: "Plan your retention" };

export default async function PlanPage() {
  const user = await requireUser("/settings/plan");
  const { plan, startsOn } = await buildRetentionPlan(appDb(), user.id, new Date());
  return (
    <div className="plan">
      <header className="plan__header">
        <p className="plan__back">
          <Link href="/settings">← Settings</Link>
        </p>
        <h1>Plan your retention</h1>
        <p className="muted">
          How many reviews a day each desired retention would cost you over the next year, and how many concepts you would still know: simulated with your own cards, parameters and
          habits.
        </p>
      </header>
      <PlanView plan={plan} startsOn={startsOn} />
    </div>
  );
}
