import type { Db } from "../data/db";
import { getUserProfile } from "../data/users";
import { exportFileName } from "../domain/export/export-file-name";
import { NotFoundError } from "../domain/errors";
import { errorResponse, unauthenticated } from "./api-errors";
import { appDb } from "./app-db";
import { downloadResponse } from "./download-response";
import { getSessionUserId } from "./session";

type ExportFile = Parameters<typeof exportFileName>[0];

/**
 * A download of the signed-in learner's own data: 401 when signed out, the file dated in their
 * timezone, `chunks` streamed as they are produced.
 */
export async function learnerDownload(
  file: ExportFile,
  contentType: string,
  chunks: (db: Db, userId: string, now: Date) => AsyncGenerator<string | Uint8Array>,
): Promise<Response> {
  const userId = await getSessionUserId();
  if (!userId) return unauthenticated();
  try {
    const db = appDb();
    const profile = await getUserProfile(db, userId);
    if (!profile) throw new NotFoundError("User not found.");
    const now = new Date();
    return await downloadResponse(chunks(db, userId, now), { name: exportFileName(file, now, profile.timezone), contentType });
  } catch (error) {
    return errorResponse(error);
  }
}
