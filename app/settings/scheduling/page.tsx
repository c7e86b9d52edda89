import type { Metadata } from "next";
import Link from "next/link";
import { getLatestParameterFit, getPersonalParameters } from "@/lib/data/scheduling/parameter-fits";
import { countDailyReviews } from "@/lib/data/scheduling/count-daily-reviews";
import { MINIMUM_ITEMS } from "@/lib/domain/scheduling/personal/fit-readiness";
import { localDateTimeLabel } from "@/lib/domain/scheduling/due-label";
import { appDb } from "@/lib/server/app-db";
import { requireUser } from "@/lib/server/session";
import { FitComparison } from "./FitComparison";
import { FitRunner } from "./FitRunner";
import { RestoreDefaultsForm } from "./ParameterForms";
import { RescheduleRunner } from "./RescheduleRunner";

export const metadata: Metadata = { title: "Personalize scheduling" };

const count = new Intl.NumberFormat("en-GB");

export default async function PersonalizeSchedulingPage() {
  const user = await requireUser("/settings/scheduling");
  const db = appDb();
  const [parameters, latestFit, reviewCount] = await Promise.all([getPersonalParameters(db, user.id), getLatestParameterFit(db, user.id), countDailyReviews(db, user.id)]);
  const pendingFit = latestFit && !latestFit.appliedAt ? latestFit : null;
  const isPersonal = parameters.weights !== null;

  return (
    <>
      <p className="muted breadcrumb">
        <Link href="/settings">Settings</Link> / Personalize scheduling
      </p>
      <h1>Personalize scheduling</h1>
      <p className="muted">
        FSRS predicts when you would forget each card. Its default parameters were fitted on the reviews of about 10,000
        Anki users; fitted on your own reviews, they usually predict you better, so your cards come back closer to when
        you need them.
      </p>

      <section aria-labelledby="now-title" className="card parameters-now">
        <h2 id="now-title">Now</h2>
        {isPersonal ? (
          <p>
            Your reviews are scheduled with <strong>your own parameters</strong>, fitted
            {parameters.fittedAt ? ` on ${localDateTimeLabel(parameters.fittedAt, user.timezone)}` : ""}
            {parameters.reviewCount !== null ? ` from ${count.format(parameters.reviewCount)} reviews` : ""}.
          </p>
        ) : (
          <p>
            Your reviews are scheduled with the <strong>default FSRS-6 parameters</strong>.
          </p>
        )}
        {parameters.isRescheduling ? <RescheduleRunner /> : null}
        <RestoreDefaultsForm isPersonal={isPersonal} />
      </section>

      <section aria-labelledby="fit-title">
        <h2 id="fit-title">Fit your parameters</h2>
        <p className="muted">
          The FSRS optimizer learns from your daily reviews ({count.format(reviewCount)} so far; quiz answers and undone
          grades are left out). It needs at least {MINIMUM_ITEMS} reviews of cards you had already seen on an earlier
          day. Nothing changes until you apply the result.
        </p>
        <FitRunner hasPendingFit={pendingFit !== null} />
        {pendingFit ? <FitComparison fit={pendingFit} fittedOn={localDateTimeLabel(pendingFit.createdAt, user.timezone)} /> : null}
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Retention and workload</h2>
        <p className="muted">
          See how many reviews a day each desired retention would cost you, simulated over your own cards with these
          parameters: <Link href="/settings/plan">plan your retention</Link>.
        </p>
      </section>
    </>
  );
}
