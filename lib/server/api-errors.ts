import { NextResponse } from "next/server";
import { ConflictError, InvalidInputError, NotFoundError, RateLimitedError, type FieldIssue } from "../domain/errors";
import { jsonResponse } from "./json-response";

// The one place where failures become HTTP responses. Every API error has the shape
// { error: { code, message, issues? } }; internal details go to the server log only.

export type ApiErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "invalid_input"
  | "rate_limited"
  | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_input: 422,
  rate_limited: 429,
  internal: 500,
};

export function apiError(
  code: ApiErrorCode,
  message: string,
  options: { issues?: FieldIssue[]; headers?: Record<string, string> } = {},
): NextResponse {
  const body = { error: { code, message, ...(options.issues ? { issues: options.issues } : {}) } };
  return jsonResponse(body, { status: STATUS[code], headers: options.headers });
}

export function unauthenticated(): NextResponse {
  return apiError("unauthenticated", "Sign in to continue.");
}

/** Maps a thrown error to a response; unknown errors are logged and answered with a generic 500. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof PayloadTooLargeError) return apiError("payload_too_large", error.message);
  if (error instanceof UnsupportedMediaTypeError) return apiError("unsupported_media_type", error.message);
  if (error instanceof BadRequestError) return apiError("bad_request", error.message);
  if (error instanceof InvalidInputError) return apiError("invalid_input", error.message, { issues: error.issues });
  if (error instanceof NotFoundError) return apiError("not_found", error.message);
  if (error instanceof ConflictError) return apiError("conflict", error.message);
  if (error instanceof RateLimitedError) {
    return apiError("rate_limited", error.message, {
      headers: { "Retry-After": String(error.retryAfterSeconds) },
    });
  }
  console.error(error);
  return apiError("internal", "Something went wrong on our side. Please try again.");
}

// No route takes more than a few kilobytes; a larger body is refused (413) before it is parsed.
const MAX_BODY_BYTES = 64 * 1024;
const TOO_LARGE = "The request body is larger than 64 KB.";

/**
 * A JSON body is only read from a request that says it is JSON. A form or text/plain body is one
 * a page on another site can send without a CORS preflight, so refusing it (415) is part of the
 * CSRF defence as well as a clear error.
 */
export function assertJsonContentType(request: Request): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new UnsupportedMediaTypeError("Send the body as JSON, with Content-Type: application/json.");
}

/** Reads a JSON body: 415 unless it says it is JSON, 413 over 64 KB, 400 when it does not parse. */
export async function readJson(request: Request): Promise<unknown> {
  assertJsonContentType(request);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new PayloadTooLargeError(TOO_LARGE);
  const text = await request.text().catch(() => "");
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new PayloadTooLargeError(TOO_LARGE);
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError();
  }
}

export class BadRequestError extends Error {
  constructor(message = "The request body must be JSON.") {
    super(message);
  }
}

export class PayloadTooLargeError extends Error {}
export class UnsupportedMediaTypeError extends Error {}

export function issuesFrom(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
