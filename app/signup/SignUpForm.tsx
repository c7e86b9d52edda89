"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "../_components/FormField";
import { Alert } from "../_components/Alert";

type FieldErrors = Partial<Record<"name" | "email" | "password" | "timezone", string>>;

function browserTimezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export function SignUpForm() {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      timezone: browserTimezone(),
    };
    setPending(true);
    setMessage(undefined);
    setFieldErrors({});
    try {
      const response = await fetch("/api/signup", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(input),
      });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        const errors: FieldErrors = {};
        for (const issue of body?.error?.issues ?? []) errors[issue.path as keyof FieldErrors] ??= issue.message;
        setFieldErrors(errors);
        setMessage(errors.timezone ?? (Object.keys(errors).length ? undefined : body?.error?.message));
        setPending(false);
        return;
      }
      const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      router.replace(result?.ok ? "/review" : "/signin");
      router.refresh();
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form className="stack card" onSubmit={onSubmit} noValidate>
      <Alert message={message} />
      <FormField id="name" label="Name" error={fieldErrors.name}>
        {(describedBy, isInvalid) => (
          <input id="name" name="name" autoComplete="name" required maxLength={100} autoFocus aria-describedby={describedBy} aria-invalid={isInvalid} />
        )}
      </FormField>
      <FormField id="email" label="Email" error={fieldErrors.email}>
        {(describedBy, isInvalid) => (
          <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} aria-describedby={describedBy} aria-invalid={isInvalid} />
        )}
      </FormField>
      <FormField id="password" label="Password" hint="At least 10 characters." error={fieldErrors.password}>
        {(describedBy, isInvalid) => (
          <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={1024} aria-describedby={describedBy} aria-invalid={isInvalid} />
        )}
      </FormField>
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
