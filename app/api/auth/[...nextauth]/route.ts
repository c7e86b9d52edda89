import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth-options";
import { sameOriginOnly } from "@/lib/server/same-origin";
import { rateLimitedSignIn } from "@/lib/server/sign-in-gate";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET };

// next-auth checks its own CSRF token on sign-in and sign-out; the Origin check comes first, as on
// every state-changing route.
export const POST = sameOriginOnly(async (request: Request, context: RouteContext) => {
  const { nextauth } = await context.params;
  // Credentials sign-in is throttled before next-auth sees it, so a locked-out caller gets a
  // real 429 with Retry-After instead of next-auth's generic failure redirect.
  if (nextauth.join("/") === "callback/credentials") {
    const refusal = await rateLimitedSignIn(request.clone());
    if (refusal) return refusal;
  }
  return handler(request, context);
});
