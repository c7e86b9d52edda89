import { RateLimitedError } from "../domain/errors";

/**
 * How many fits one app instance runs at once, and how many may wait. A fit keeps a core busy for
 * up to a few seconds (100,000 reviews), so on a small server one at a time leaves the other
 * cores to reviews; the queue bounds the memory that waiting learners' histories hold. Only this
 * process's CPU is guarded here, nothing that matters for correctness: an instance that restarts
 * forgets its queue, and the waiting learners' requests end with it.
 */
const RUNNING_LIMIT = 1;
const WAITING_LIMIT = 20;

let running = 0;
const waiting: Array<() => void> = [];

/** Runs `work` when a slot is free; `onWait` is told when it has to queue. */
export async function withFitSlot<T>(work: () => Promise<T>, onWait: () => void, signal?: AbortSignal): Promise<T> {
  if (running >= RUNNING_LIMIT) {
    if (waiting.length >= WAITING_LIMIT) throw new RateLimitedError("Many learners are personalizing their scheduling right now; try again in a minute.", 60);
    onWait();
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener("abort", leave);
        resolve();
      };
      const leave = () => {
        const index = waiting.indexOf(wake);
        if (index >= 0) waiting.splice(index, 1);
        reject(signal?.reason ?? new Error("aborted"));
      };
      waiting.push(wake);
      signal?.addEventListener("abort", leave, { once: true });
    });
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    // The slot passes straight to the next learner waiting, or is freed.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
