import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { signInSchema } from "../domain/account/schemas";
import { findPasswordHashByEmail, upsertOAuthUser } from "../data/users";
import { appDb } from "./app-db";
import { serverEnv } from "./env";
import { verifyPassword } from "./passwords";
import { clientIpFrom, recordFailedSignIn, recordSuccessfulSignIn } from "./sign-in-throttle";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** next-auth configuration: JWT sessions in httpOnly cookies, credentials and optional GitHub. */
export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const db = appDb();
        const attempt = { email: parsed.data.email, ip: clientIpFrom(req?.headers ?? {}) };
        const account = await findPasswordHashByEmail(db, attempt.email);
        const isValid = await verifyPassword(account?.passwordHash ?? null, parsed.data.password);
        if (!account || !isValid) {
          await recordFailedSignIn(db, attempt, new Date());
          return null;
        }
        await recordSuccessfulSignIn(db, attempt);
        return { id: account.id, email: attempt.email };
      },
    }),
  ];
  if (env.github) {
    providers.push(GitHubProvider({ clientId: env.github.clientId, clientSecret: env.github.clientSecret }));
  }

  return {
    secret: env.authSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async signIn({ account, profile, user }) {
        if (account?.provider !== "github") return true;
        const email = user.email ?? profile?.email;
        // Without a verified email there is nothing to link the account to.
        return Boolean(email);
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "github" && user?.email) {
          const linked = await upsertOAuthUser(appDb(), {
            provider: "github",
            providerAccountId: account.providerAccountId,
            email: user.email.toLowerCase(),
            name: user.name ?? user.email,
          });
          token.sub = linked.id;
        } else if (user) {
          token.sub = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        // The client never supplies a user id: it comes from the signed token only.
        return { ...session, user: { ...session.user, id: token.sub ?? "" } };
      },
    },
  };
}
