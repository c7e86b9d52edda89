import { afterEach, describe, expect, it, vi } from "vitest";
import { errorResponse } from "@/lib/server/api-errors";
import { ConflictError } from "@/lib/domain/errors";

describe("errorResponse", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers an unexpected failure with a generic 500: no message, SQL, stack or path reaches the client", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = Object.assign(new Error('Raw query failed. Code: `SQLITE_BUSY`. SELECT "id" FROM "User" WHERE "email" = ?'), {
      code: "P2010",
      stack: "Error: Raw query failed\n    at getUser (/srv/recall/lib/data/users.ts:12:3)",
    });
    const response = errorResponse(failure);
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ error: { code: "internal", message: "Something went wrong on our side. Please try again." } });
    for (const leak of ["SELECT", "SQLITE", "P2010", "/srv/", "users.ts", "    at "]) expect(body).not.toContain(leak);
    // The details go to the server log instead.
    expect(logged).toHaveBeenCalledWith(failure);
  });

  it("keeps the message of an expected failure, which is written for the learner", async () => {
    const response = errorResponse(new ConflictError("This quiz is finished."));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "conflict", message: "This quiz is finished." } });
  });
});
