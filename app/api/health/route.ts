import { checkDatabase } from "@/lib/data/health";
import { appDb } from "@/lib/server/app-db";
import { jsonResponse } from "@/lib/server/json-response";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const isDatabaseUp = await checkDatabase(appDb()).catch(() => false);
  return jsonResponse(
    { status: isDatabaseUp ? "ok" : "unavailable", database: isDatabaseUp ? "up" : "down" },
    { status: isDatabaseUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
