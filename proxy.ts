import { NextResponse, type NextRequest } from "next/server";
import { readSessionToken } from "./lib/server/session-token";

// A first, cheap gate for app pages: signed-out visitors go to sign-in. It is not the
// authorisation itself: every page and action checks the session again.
//
// API routes skip the proxy (see the matcher). Each reads the session itself and answers 401
// without one, and each state-changing one makes the CSRF check itself (sameOriginOnly in
// lib/server/same-origin.ts). Running Next's proxy machinery for them (a second Request built for
// the proxy, the body buffered so both can read it) cost a grade about a quarter of its server
// time, for a check that is a few header comparisons.
const PUBLIC_PAGES = new Set(["/", "/signin", "/signup"]);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.has(pathname)) return NextResponse.next();
  const token = await readSessionToken(request);
  if (token?.sub) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
