/**
 * A file download streamed from chunks of text (sent as UTF-8) or bytes. The stream pulls the
 * next chunk only when the client has taken the previous one, so a slow download holds one batch in memory, not the
 * whole file; a client that goes away cancels the generator, which stops reading the database.
 * The first chunk is read before answering, so a failure up front (say, the user vanished) is
 * still an ordinary error response rather than a broken download.
 */
export async function downloadResponse(
  chunks: AsyncGenerator<string | Uint8Array>,
  file: { name: string; contentType: string },
): Promise<Response> {
  const encoder = new TextEncoder();
  let pending: IteratorResult<string | Uint8Array> | null = await chunks.next();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = pending ?? (await chunks.next());
        pending = null;
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
      } catch (error) {
        // Headers are gone already: the client sees a cut-off file (which the import refuses).
        console.error(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.name}"`,
      // Personal data: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
