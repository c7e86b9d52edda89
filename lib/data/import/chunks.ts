// SQLite binds at most 32,766 parameters per statement; a ReviewLog row takes 23. Five hundred
// rows per statement stays far below that and still makes a 100,000-row import 200 statements.
export const IMPORT_CHUNK_SIZE = 500;

export function chunks<T>(values: readonly T[], size = IMPORT_CHUNK_SIZE): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) result.push(values.slice(start, start + size));
  return result;
}
