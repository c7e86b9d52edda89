import { Worker } from "node:worker_threads";

// SQLite in WAL mode copies the log back into the database ("checkpoints") when the log reaches
// 1,000 pages, inside whichever commit crosses that mark: that request then waits several
// milliseconds. A worker thread with its own connection checkpoints passively several times a
// second instead, on the other core, so the log never reaches the mark and no request pays for
// it. Passive checkpoints never block readers or writers. If the worker stops, SQLite's own
// automatic checkpoint still bounds the log, so nothing depends on it for correctness.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { timeout: 5000, fileMustExist: true });
setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch { /* busy or closed: the next tick retries */ }
}, workerData.intervalMs);
`;

const started = new Map<string, Worker>();

/** Starts (once per file and process) the background checkpointer for a SQLite database file. */
export function startWalCheckpointer(file: string, intervalMs = 250): void {
  if (started.has(file)) return;
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, intervalMs } });
  worker.unref();
  worker.on("error", (error) => {
    console.error(`recall-ml: WAL checkpointer stopped (${error.message}); SQLite's automatic checkpoints take over.`);
    started.delete(file);
  });
  started.set(file, worker);
}

export async function stopWalCheckpointers(): Promise<void> {
  await Promise.all([...started.values()].map((worker) => worker.terminate()));
  started.clear();
}
