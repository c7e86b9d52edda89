"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { AccountMenu } from "./AccountMenu";

const SIGNED_IN_LINKS = [
  { href: "/review", label: "Review" },
  { href: "/quiz", label: "Quiz" },
  { href: "/mastery", label: "Mastery" },
  { href: "/library", label: "Library" },
  { href: "/settings", label: "Settings" },
];

export function NavBar({ user }: { user: { name: string; email: string } | null }) {
  const pathname = usePathname();
  const links = user
    ? SIGNED_IN_LINKS
    : [
        { href: "/signin", label: "Sign in" },
        { href: "/signup", label: "Sign up" },
      ];
  return (
    <nav className="nav" aria-label="Main">
      <Link href={user ? "/review" : "/"} className="nav__brand">
        Recall ML
      </Link>
      <ul className="nav__links">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="nav__link"
              aria-current={pathname === link.href || pathname.startsWith(`${link.href}/`) ? "page" : undefined}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      {user ? <AccountMenu name={user.name} email={user.email} /> : null}
    </nav>
  );
}
