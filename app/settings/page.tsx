import type { Metadata } from "next";
import { SettingsForm } from "./SettingsForm";
import { getSettings } from "@/lib/data/settings";
import { listTimezones } from "@/lib/domain/account/timezones";
import { appDb } from "@/lib/server/app-db";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const settings = await getSettings(appDb(), user.id);
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">How your reviews are scheduled, and when your study day begins.</p>
      <SettingsForm initial={settings} timezones={listTimezones()} />
    </>
  );
}
