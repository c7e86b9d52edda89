/**
 * Posts to a route that answers newline-delimited JSON (lib/server/progress-stream.ts) and hands
 * each event to `onEvent` as it arrives; resolves with the last one. A response that is not a
 * stream (401, 429 and friends) resolves with an error event carrying the server's message.
 */
export async function postForEvents<E extends { type: string }>(url: string, onEvent: (event: E) => void, signal?: AbortSignal): Promise<E | { type: "error"; message: string }> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", signal, headers: { Accept: "application/x-ndjson" } });
  } catch {
    return { type: "error", message: "The server could not be reached. Check your connection and try again." };
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { type: "error", message: body?.error?.message ?? `The server answered ${response.status}. Try again.` };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last: E | null = null;
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (value) buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      last = JSON.parse(line) as E;
      onEvent(last);
    }
    if (done) break;
  }
  return last ?? { type: "error", message: "The answer was cut off. Try again." };
}
