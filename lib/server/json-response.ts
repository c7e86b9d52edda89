import { NextResponse } from "next/server";

// Next gzips every response it serves, whatever its size: a route's body is streamed, so its
// compression never sees a length to hold against its 1 KB threshold (and Next drops a
// Content-Length a route sets). For the few hundred bytes most API answers are, gzip costs more
// than it saves: a zlib stream on the server for each response and another on the client, to
// save about 200 bytes. Measured on loopback, GET /api/review served 393 answers a second
// gzipped and 522 plain. Next's compression skips a response marked no-transform, so a small
// body is marked; a large one (the account export) is still compressed.
const COMPRESSION_THRESHOLD_BYTES = 1024;

/** NextResponse.json, except that a body under 1 KB is sent uncompressed. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): NextResponse {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  if (Buffer.byteLength(text) < COMPRESSION_THRESHOLD_BYTES) {
    const cacheControl = headers.get("cache-control");
    headers.set("cache-control", cacheControl ? `${cacheControl}, no-transform` : "no-transform");
  }
  return new NextResponse(text, { ...init, headers });
}
