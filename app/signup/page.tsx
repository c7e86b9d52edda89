import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "./SignUpForm";
import { getSessionUserId } from "@/lib/server/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getSessionUserId()) redirect("/review");
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <SignUpForm />
      <p className="muted" style={{ marginTop: "1.5rem" }}>
        Already have an account? <Link href="/signin">Sign in</Link>.
      </p>
    </div>
  );
}
