import { rescheduleNextBatch } from "@/lib/data/scheduling/reschedule-cards";
import { unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { progressStream } from "@/lib/server/progress-stream";
import { getSessionUserId } from "@/lib/server/session";
import { sameOriginOnly } from "@/lib/server/same-origin";

/**
 * Carries on the signed-in learner's reschedule (started when they applied new parameters with
 * "reschedule my cards"), batch by batch, one transaction each. Newline-delimited JSON:
 * {type:"progress", done, total} after each batch, then {type:"done", done, total}. Safe to call
 * again after an interruption, or from two tabs: each batch is applied once.
 */
export const POST = sameOriginOnly(async (request: Request) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  return progressStream(async (send, signal) => {
    for (;;) {
      const progress = await rescheduleNextBatch(appDb(), userId, new Date());
      if (progress.isFinished) return { type: "done", done: progress.done, total: progress.total };
      send({ type: "progress", done: progress.done, total: progress.total });
      if (signal.aborted) return { type: "done", done: progress.done, total: progress.total };
    }
  }, request.signal);
});
