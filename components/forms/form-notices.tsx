// The sentence above a form after a submit: what was done (a status), or what went wrong that belongs to no
// single field (an alert). Announced politely to screen readers.
export function FormNotices({ ok, error }: { ok?: string; error?: string }) {
  return (
    <div aria-live="polite">
      {ok && (
        <p className="notice" role="status">
          {ok}
        </p>
      )}
      {error && (
        <p className="error-summary" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
