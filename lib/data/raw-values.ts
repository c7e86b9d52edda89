// Raw SQL rows differ by driver (SQLite: integers as bigint, booleans as 0/1, dates as text;
// PostgreSQL: number, boolean, Date), so the data layer's readers of raw rows normalise each
// column with these.

export const dateOf = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
export const dateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : dateOf(value));
export const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
export const booleanOf = (value: unknown): boolean => Boolean(Number(value));
export const booleanOrNull = (value: unknown): boolean | null => (value === null || value === undefined ? null : booleanOf(value));
export const stringOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
