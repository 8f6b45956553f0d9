"use client";
// Shown when a page fails on the server (most often: the database cannot be reached). The cause is in the
// server log; the reader gets a sentence and a way to try again.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>This page could not be loaded</h1>
      <p>
        The figures could not be read just now, usually because the database is not reachable. Try again in a moment;
        if it keeps happening, check that the app&apos;s database is running (the server log has the details).
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
