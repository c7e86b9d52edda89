import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth-options";
import { appDb } from "./app-db";
import { getUserProfile, type UserProfile } from "../data/users";

/** The signed-in user's id, or null. The id comes from the signed session token, never the request. */
export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? id : null;
}

/** For pages: the signed-in user's profile, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<UserProfile> {
  const userId = await getSessionUserId();
  const profile = userId ? await getUserProfile(appDb(), userId) : null;
  if (!profile) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return profile;
}
