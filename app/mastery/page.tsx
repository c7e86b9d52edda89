import type { Metadata } from "next";
import { loadMasteryDashboard } from "@/lib/data/mastery/load-mastery-dashboard";
import { appDb } from "@/lib/server/app-db";
import { masteryNames } from "@/lib/server/mastery-names";
import { requireUser } from "@/lib/server/session";
import { MasteryView } from "./MasteryView";

export const metadata: Metadata = { title: "Mastery" };

export default async function MasteryPage() {
  const user = await requireUser("/mastery");
  const dashboard = await loadMasteryDashboard(appDb(), user.id, new Date(), masteryNames());
  return <MasteryView dashboard={dashboard} />;
}
