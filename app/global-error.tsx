"use client";
// Shown when even the root layout fails on the server. The cause is in the server log; the reader gets a
// sentence and a way to try again, never a stack trace.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main role="alert">
          <h1>This page could not be loaded</h1>
          <p>
            The figures could not be read just now, usually because the database is not reachable. Try again in a
            moment; if it keeps happening, the server log has the details.
          </p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
