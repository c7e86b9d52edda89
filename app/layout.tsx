import type { Metadata, Viewport } from "next";
import "./globals.css";
import { NavBar } from "./_components/NavBar";
import { getSessionUserId } from "@/lib/server/session";
import { getUserProfile } from "@/lib/data/users";
import { appDb } from "@/lib/server/app-db";

export const metadata: Metadata = {
  title: { default: "Recall ML", template: "%s · Recall ML" },
  description: "Machine-learning flashcards and interview quizzes, scheduled with FSRS.",
};

// Every page depends on the session cookie, so nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const userId = await getSessionUserId();
  const user = userId ? await getUserProfile(appDb(), userId) : null;
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <NavBar user={user ? { name: user.name, email: user.email } : null} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
