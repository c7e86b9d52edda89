"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="narrow" role="alert">
      <h1>Something went wrong</h1>
      <p className="muted">The error has been logged. You can try again.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
