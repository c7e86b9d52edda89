import { NextResponse } from "next/server";
import { serverEnv } from "./env";
import { apiError } from "./api-errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginFacts {
  method: string;
  /** The request URL as the server received it (its protocol and host, without a proxy's view). */
  url: string;
  headers: Pick<Headers, "get">;
}

/**
 * Why a state-changing request must be refused as cross-site (CSRF), or null when it may go on.
 * Browsers send Origin with every POST; it must be the app's public origin (NEXTAUTH_URL) or the
 * origin the request was addressed to (the Host, or X-Forwarded-Host/-Proto set by the proxy: a
 * page on another site cannot set those without a preflight the app never grants). Without Origin,
 * Sec-Fetch-Site decides; a request with neither comes from no browser, so there is no victim's
 * cookie to abuse (and session cookies are SameSite=Lax besides).
 */
export function crossSiteReason(request: OriginFacts, publicUrl: string | undefined): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const url = new URL(request.url);
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
    const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
    const allowed = new Set([`${proto}://${host}`.toLowerCase()]);
    if (publicUrl) allowed.add(new URL(publicUrl).origin.toLowerCase());
    return allowed.has(origin.toLowerCase()) ? null : `Requests from ${origin} are refused: they must come from this app's own pages.`;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return "Cross-site requests are refused: they must come from this app's own pages.";
  return null;
}

/** The 403 for a cross-site state-changing request, or null. */
export function refuseCrossSite(request: OriginFacts): NextResponse | null {
  const reason = crossSiteReason(request, serverEnv().authUrl);
  return reason === null ? null : apiError("forbidden", reason);
}

/**
 * A state-changing API route handler behind the CSRF check: a cross-site request gets the 403
 * before the handler runs. Every POST, PUT, PATCH and DELETE under app/api is exported through
 * this (tests/server/route-guards.test.ts reads the route files to make sure). The check lives in
 * the routes rather than in proxy.ts because Next's proxy machinery (a second Request built for the
 * proxy, and the body buffered for it to read) cost a grade about a quarter of its server time.
 */
export function sameOriginOnly<Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) {
  return async (request: Request, ...rest: Rest): Promise<Response> => refuseCrossSite(request) ?? handler(request, ...rest);
}
