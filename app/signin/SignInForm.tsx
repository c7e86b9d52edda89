"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "../_components/Alert";

function describeRetry(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}

export function SignInForm({
  returnTo,
  initialError,
  hasGitHub,
}: {
  returnTo: string;
  initialError?: string;
  hasGitHub: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(returnTo);
        router.refresh();
        return;
      }
      const rateLimit = /^RateLimited-(\d+)$/.exec(result?.error ?? "");
      if (result?.status === 429 || rateLimit) {
        setError(`Too many failed attempts. Try again ${describeRetry(Number(rateLimit?.[1] ?? 900))}.`);
      } else {
        // Deliberately the same message whether the email exists or not.
        setError("Email or password is incorrect.");
      }
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form className="stack card" onSubmit={onSubmit} noValidate>
      <Alert message={error} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </div>
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
      {hasGitHub ? (
        <button type="button" className="button button--quiet" onClick={() => signIn("github", { callbackUrl: returnTo })}>
          Continue with GitHub
        </button>
      ) : null}
    </form>
  );
}
