import { ConflictError, InvalidInputError, NotFoundError, RateLimitedError } from "../domain/errors";

export type ProgressEvent = { type: "progress" } & Record<string, unknown>;
export type FinalEvent = { type: string } & Record<string, unknown>;

/**
 * A long job's answer as newline-delimited JSON: progress events while it runs, then one final
 * event (its result, or {type:"error", message}). The job starts with the request and stops when
 * the client goes away (its signal aborts), so a closed tab does not keep a core busy. Errors
 * the learner can act on keep their message; anything else is logged and answered generically.
 */
export function progressStream(job: (send: (event: ProgressEvent) => void, signal: AbortSignal) => Promise<FinalEvent>, requestSignal?: AbortSignal): Response {
  const abort = new AbortController();
  requestSignal?.addEventListener("abort", () => abort.abort(), { once: true });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (event: object) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      try {
        write(await job(write, abort.signal));
      } catch (error) {
        if (!abort.signal.aborted) write({ type: "error", message: messageOf(error) });
      }
      if (!abort.signal.aborted) controller.close();
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "private, no-store",
      // Tells nginx (and similar proxies) to pass each line on as it comes rather than buffer it.
      "X-Accel-Buffering": "no",
    },
  });
}

function messageOf(error: unknown): string {
  if (error instanceof InvalidInputError || error instanceof NotFoundError || error instanceof ConflictError || error instanceof RateLimitedError) {
    return error.message;
  }
  console.error(error);
  return "Something went wrong on our side. Please try again.";
}
