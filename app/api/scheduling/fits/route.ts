import { unauthenticated } from "@/lib/server/api-errors";
import { appDb } from "@/lib/server/app-db";
import { fitPersonalParameters } from "@/lib/server/personal-fit";
import { progressStream } from "@/lib/server/progress-stream";
import { getSessionUserId } from "@/lib/server/session";
import { sameOriginOnly } from "@/lib/server/same-origin";

/**
 * Fits the signed-in learner's FSRS weights on their history (no body). Answers newline-delimited
 * JSON: {type:"progress", phase, share} events, then {type:"fitted", fit} (stored, not applied),
 * {type:"not-ready", missing, itemCount} when the history is too short, or {type:"error", message}.
 */
export const POST = sameOriginOnly(async (request: Request) => {
  const userId = await getSessionUserId(request);
  if (!userId) return unauthenticated();
  return progressStream(async (send, signal) => {
    const outcome = await fitPersonalParameters(appDb(), userId, {
      signal,
      onProgress: (phase, share) => send({ type: "progress", phase, share: Math.round(share * 1000) / 1000 }),
    });
    return outcome.kind === "fitted" ? { type: "fitted", fit: outcome.fit } : { type: "not-ready", missing: outcome.missing, itemCount: outcome.itemCount };
  }, request.signal);
});
