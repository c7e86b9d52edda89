// The server's heap limit, shared by `npm start` and the benchmarks that measure its memory.

export const DEFAULT_MAX_HEAP_MB = 1024;

/**
 * Caps the server's JavaScript heap (RECALL_MAX_HEAP_MB, default 1024) unless NODE_OPTIONS already
 * does. Node sizes the heap from the machine's memory (4 GB on 24 GB) and V8 then lets garbage
 * pile up before collecting: streaming a 1,000,000-row export grew the process by 135 MB with the
 * default and by 82 MB with 1024 MB. Imports fit: a 244 MB export (430,000 logs) parsed and
 * validated in 850 MB of heap, and the import route accepts at most 200 MB.
 */
export function withHeapLimit(nodeOptions = "", maxHeapMb = String(DEFAULT_MAX_HEAP_MB)) {
  if (/--max-old-space-size/.test(nodeOptions)) return nodeOptions;
  return `${nodeOptions} --max-old-space-size=${Number(maxHeapMb) || DEFAULT_MAX_HEAP_MB}`.trim();
}
