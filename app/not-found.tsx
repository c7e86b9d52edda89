import Link from "next/link";

export default function NotFound() {
  return (
    <div className="narrow">
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <Link href="/" className="button button--quiet">
        Go home
      </Link>
    </div>
  );
}
