// Typed failures thrown by domain and data code. Only lib/server/api-errors.ts turns them into
// HTTP responses, so the mapping from failure to status lives in one place.

export interface FieldIssue {
  path: string;
  message: string;
}

/** Input failed a schema or a domain rule. */
export class InvalidInputError extends Error {
  constructor(message: string, readonly issues: FieldIssue[] = []) {
    super(message);
    this.name = "InvalidInputError";
  }
}

/** Missing, or owned by another user: callers must not be able to tell which. */
export class NotFoundError extends Error {
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A stale version or a duplicate that cannot be replayed. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export class RateLimitedError extends Error {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
    this.name = "RateLimitedError";
  }
}
