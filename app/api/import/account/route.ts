import { importAccount } from "@/lib/data/import/import-account";
import { errorResponse, unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { readJsonFile } from "@/lib/server/read-json-file";
import { sameOriginOnly } from "@/lib/server/same-origin";
import { getSessionUserId } from "@/lib/server/session";
import { jsonResponse } from "@/lib/server/json-response";

// Years of daily reviews export to tens of megabytes; the bound keeps a stray upload from
// filling memory. (The proxy, which would cut bodies at 10 MB, runs for pages only: see proxy.ts.)
const MAX_IMPORT_BYTES = 200_000_000;

/**
 * Imports a file made by GET /api/export/account.json (the body is the file) into the signed-in
 * user's account, which must have no study history yet. 201 with the counts written.
 */
export const POST = sameOriginOnly(async (request: Request) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  try {
    const document = await readJsonFile(request, MAX_IMPORT_BYTES, "export file");
    const imported = await importAccount(appDb(), userId, document);
    return jsonResponse({ imported }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
