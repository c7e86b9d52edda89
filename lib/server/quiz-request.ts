import { InvalidInputError } from "../domain/errors";

/** The ?page= of a paginated list: a whole number from 1, 1 when absent. */
export function pageFromUrl(url: string): number {
  const raw = new URL(url).searchParams.get("page");
  if (raw === null || raw === "") return 1;
  const page = Number(raw);
  if (!Number.isInteger(page) || page < 1 || page > 1_000_000) {
    throw new InvalidInputError("page must be a whole number from 1.", [{ path: "page", message: "page must be a whole number from 1." }]);
  }
  return page;
}
