import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "./SignInForm";
import { getSessionUserId } from "@/lib/server/session";
import { serverEnv } from "@/lib/server/env";
import { safeReturnPath } from "@/lib/domain/account/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getSessionUserId()) redirect(returnTo);
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <SignInForm
        returnTo={returnTo}
        initialError={error ? "Sign-in failed. Please try again." : undefined}
        hasGitHub={Boolean(serverEnv().github)}
      />
      <p className="muted" style={{ marginTop: "1.5rem" }}>
        New here? <Link href="/signup">Create an account</Link>.
      </p>
    </div>
  );
}
