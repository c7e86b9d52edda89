import type { Metadata } from "next";
import Link from "next/link";
import { SettingsForm } from "./SettingsForm";
import { LeechList } from "./LeechList";
import { ImportForm } from "./ImportForm";
import { listLeeches } from "@/lib/data/review/card-actions";
import { getSettings } from "@/lib/data/settings";
import { listTimezones } from "@/lib/domain/account/timezones";
import { appDb } from "@/lib/server/app-db";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [settings, leeches] = await Promise.all([getSettings(appDb(), user.id), listLeeches(appDb(), user.id)]);
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">How your reviews are scheduled, and when your study day begins.</p>
      <nav aria-label="More scheduling settings" className="settings-links">
        <Link className="button button--quiet" href="/settings/scheduling">
          Personalize scheduling
        </Link>
        <Link className="button button--quiet" href="/settings/plan">
          Plan your retention
        </Link>
      </nav>
      <SettingsForm initial={settings} timezones={listTimezones()} />
      <section aria-labelledby="leeches-title">
        <h2 id="leeches-title">Leeches</h2>
        <p className="muted">Cards you keep forgetting are suspended so they stop eating your time.</p>
        <LeechList leeches={leeches} />
      </section>
      <section aria-labelledby="data-title" className="your-data">
        <h2 id="data-title">Your data</h2>
        <p className="muted">
          Download your history to analyse it or to optimise FSRS parameters, or move your account to another Recall ML
          server.
        </p>
        {/* Plain links, not next/link: these are file downloads, not pages to prefetch. */}
        <div className="actions">
          <a className="button button--quiet" href="/api/export/review-log.csv" download>
            Export review history (CSV)
          </a>
          <a className="button button--quiet" href="/api/export/account.json" download>
            Export everything (JSON)
          </a>
          <a className="button button--quiet" href="/api/export/deck.apkg" download>
            Export deck for Anki (.apkg)
          </a>
        </div>
        <p className="muted your-data__note">
          The CSV has one row per review in the FSRS optimizer’s format. The JSON file holds your settings, card
          states, reviews and quizzes, and can be imported below. The Anki package holds your review cards with their
          schedules and review history, for Anki’s File › Import (with FSRS on, Anki rebuilds each card’s memory from it).
        </p>
        <h3 className="your-data__title">Import</h3>
        <ImportForm />
      </section>
    </>
  );
}
