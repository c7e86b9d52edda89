// The Content-Security-Policy of production builds. No 'unsafe-eval' (React's production build never
// evaluates strings; the dev server does, so development sends none). Inline scripts stay allowed:
// Next streams the page's data as inline scripts; a per-request nonce set by the proxy would let
// the policy drop 'unsafe-inline' (every page is dynamic already), which is the next step. Inline
// styles are what React style props and the server-rendered chart SVGs use. GitHub is a form
// target only because "Continue with GitHub" redirects there after posting to next-auth.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://github.com",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver modules are loaded by Node at run time rather than bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@node-rs/argon2",
    "pg",
    // The FSRS optimizer: a native (or WASI) addon that runs its fit on threads of its own.
    "@open-spaced-repetition/binding",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          ...(process.env.NODE_ENV === "production" ? [{ key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY }] : []),
        ],
      },
    ];
  },
};

module.exports = nextConfig;
