import type { Metadata } from "next";
import { SettingsForm } from "./SettingsForm";
import { LeechList } from "./LeechList";
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
      <SettingsForm initial={settings} timezones={listTimezones()} />
      <section aria-labelledby="leeches-title">
        <h2 id="leeches-title">Leeches</h2>
        <p className="muted">Cards you keep forgetting are suspended so they stop eating your time.</p>
        <LeechList leeches={leeches} />
      </section>
    </>
  );
}
