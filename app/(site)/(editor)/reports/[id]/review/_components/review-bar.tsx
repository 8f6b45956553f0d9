"use client";
// The review screen's bar: what applies to every accepted figure (conflict, draft or published), the totals, and
// Accept all with how many cards it leaves for a look.
import { formatCount } from "@/lib/figures/qualifiers";

export type Intent = "draft" | "publish";

type Props = {
  conflicts: { value: string; label: string }[];
  guessed: boolean;
  conflict: string;
  conflictError: string | null;
  onConflict: (slug: string) => void;
  intent: Intent;
  onIntent: (intent: Intent) => void;
  twoPerson: boolean;
  totals: { all: number; open: number; accepted: number; rejected: number };
  plan: { take: string[]; held: string[] };
  busy: boolean;
  onAcceptAll: () => void;
};

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

export function ReviewBar({ conflicts, guessed, conflict, conflictError, onConflict, intent, onIntent, twoPerson, totals, plan, busy, onAcceptAll }: Props) {
  const unavailable = busy || plan.take.length === 0;
  return (
    <form className="card review-bar" aria-label="Apply to every accepted figure" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="review-conflict">Conflict</label>
        <select
          id="review-conflict"
          value={conflict}
          onChange={(e) => onConflict(e.target.value)}
          aria-invalid={Boolean(conflictError)}
          aria-describedby={conflictError ? "review-conflict-hint review-conflict-error" : "review-conflict-hint"}
        >
          <option value="">Choose…</option>
          {conflicts.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <span id="review-conflict-hint" className="hint">
          {guessed ? "Guessed from the text: check it." : "Which war the figures are about."}
        </span>
        {conflictError && (
          <p id="review-conflict-error" className="error">
            {conflictError}
          </p>
        )}
      </div>
      <fieldset className="review-intent">
        <legend>Save accepted figures as</legend>
        <label>
          <input type="radio" name="intent" value="draft" checked={intent === "draft"} onChange={() => onIntent("draft")} /> Drafts
        </label>
        <label>
          <input type="radio" name="intent" value="publish" checked={intent === "publish"} onChange={() => onIntent("publish")} /> Published
          {twoPerson && <span className="hint"> (another editor publishes: they are kept as drafts)</span>}
        </label>
      </fieldset>
      <div className="review-totals">
        <p className="muted" aria-live="polite">
          {plural(totals.all, "proposal")}: {formatCount(totals.open)} to decide, {formatCount(totals.accepted)} accepted, {formatCount(totals.rejected)} rejected
        </p>
        {/* aria-disabled, not disabled: the button keeps focus while a save runs */}
        <button type="button" aria-disabled={unavailable} onClick={() => !unavailable && onAcceptAll()} aria-describedby={plan.held.length ? "review-held" : undefined}>
          {busy ? "Saving…" : `Accept all ${plan.take.length ? formatCount(plan.take.length) : ""}`.trim()}
        </button>
        {plan.held.length > 0 && (
          <p id="review-held" className="hint">
            {formatCount(plan.held.length)} {plan.held.length === 1 ? "needs" : "need"} a look first (a warning, a count that may be part of another, one the model added, a figure possibly on record or said twice, or an empty field): accept{" "}
            {plan.held.length === 1 ? "it on its card" : "each on its card"}.
          </p>
        )}
      </div>
    </form>
  );
}
