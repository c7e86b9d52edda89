import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { serverEnv } from "./lib/server/env";
import { refuseCrossSite } from "./lib/server/same-origin";

// A first, cheap gate: signed-out visitors to app pages go to sign-in and API callers get a 401.
// It is not the authorisation itself: every page, route and action checks the session again.
const PUBLIC_PAGES = new Set(["/", "/signin", "/signup"]);
const PUBLIC_API_PREFIXES = ["/api/auth/", "/api/signup", "/api/health"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // CSRF: a state-changing API request from another site is refused before anything else.
  if (pathname.startsWith("/api/")) {
    const refused = refuseCrossSite(request);
    if (refused) return refused;
  }
  if (PUBLIC_PAGES.has(pathname) || PUBLIC_API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    return NextResponse.next();
  }
  const token = await getToken({ req: request, secret: serverEnv().authSecret });
  if (token?.sub) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "unauthenticated", message: "Sign in to continue." } }, { status: 401 });
  }
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
