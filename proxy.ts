import { NextResponse, type NextRequest } from "next/server";
import { readSessionToken } from "./lib/server/session-token";
import { refuseCrossSite } from "./lib/server/same-origin";

// A first, cheap gate: signed-out visitors to app pages go to sign-in, and a cross-site
// state-changing API request is refused. It is not the authorisation itself: every page, route
// and action checks the session again.
const PUBLIC_PAGES = new Set(["/", "/signin", "/signup"]);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // CSRF: a state-changing API request from another site is refused before anything else.
  // API routes: every one reads the session itself and answers 401 without one (the request-guard
  // table checks each), so the token is not decrypted twice per request here.
  if (pathname.startsWith("/api/")) return refuseCrossSite(request) ?? NextResponse.next();
  if (PUBLIC_PAGES.has(pathname)) return NextResponse.next();
  const token = await readSessionToken(request);
  if (token?.sub) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // The import upload skips the proxy: Next buffers a body for the proxy and cuts it at 10 MB
  // (proxyClientMaxBodySize), which would truncate a large export file. The route checks the
  // session itself, as every route does.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/import/).*)"],
};
