"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useEffect, useRef } from "react";

/** A disclosure menu: native <details>, so it opens with Enter/Space and closes with Escape. */
export function AccountMenu({ name, email }: { name: string; email: string }) {
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    function close(event: KeyboardEvent | MouseEvent) {
      const details = menu.current;
      if (!details?.open) return;
      const isEscape = event instanceof KeyboardEvent && event.key === "Escape";
      const isOutsideClick = event instanceof MouseEvent && !details.contains(event.target as Node);
      if (isEscape || isOutsideClick) {
        details.open = false;
        if (isEscape) details.querySelector("summary")?.focus();
      }
    }
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, []);

  return (
    <details className="menu" ref={menu}>
      <summary aria-label={`Account menu for ${name}`}>{name}</summary>
      <div className="menu__panel">
        <span className="menu__email">{email}</span>
        <Link href="/settings" className="button button--link" onClick={() => menu.current?.removeAttribute("open")}>
          Settings
        </Link>
        <button type="button" className="button button--link" onClick={() => signOut({ callbackUrl: "/" })}>
          Sign out
        </button>
      </div>
    </details>
  );
}
