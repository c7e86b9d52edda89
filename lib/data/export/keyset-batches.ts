/** Rows per query when exporting: big enough that round trips do not dominate, small enough to hold. */
export const EXPORT_BATCH_SIZE = 5000;

/**
 * Reads rows in pages ordered by a unique key, each page starting after the last row of the one
 * before (keyset pagination: every page is an index seek, where OFFSET would rescan the rows it
 * skips). Yields one array per page and holds no more than one page at a time.
 */
export async function* keysetBatches<Row extends Cursor, Cursor>(
  readPage: (after: Cursor | null, take: number) => Promise<Row[]>,
  batchSize: number,
): AsyncGenerator<Row[]> {
  let after: Cursor | null = null;
  for (;;) {
    const page: Row[] = await readPage(after, batchSize);
    if (page.length > 0) yield page;
    if (page.length < batchSize) return;
    after = page[page.length - 1];
  }
}
