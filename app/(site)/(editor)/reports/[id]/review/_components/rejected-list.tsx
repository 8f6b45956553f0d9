"use client";
// The proposals rejected for this report, folded away, each with Restore.
import { describeValue, formatCount } from "@/lib/figures/qualifiers";
import type { CardState } from "./proposal-review";

export function RejectedList({ cards, anchor, busy, onRestore }: { cards: CardState[]; anchor: (key: string) => string; busy: boolean; onRestore: (card: CardState) => void }) {
  if (cards.length === 0) return null;
  return (
    <details className="card rejected-list">
      <summary>Rejected ({formatCount(cards.length)}): not proposed again for this report</summary>
      <ul>
        {cards.map((c) => (
          <li key={c.key} id={anchor(c.key)}>
            <span>
              {describeValue(c.proposal.value, c.proposal.qualifier, c.proposal.unit)} · <q>{c.proposal.quote}</q>
              {c.decided && <span className="muted"> · rejected by {c.decided.by}</span>}
            </span>{" "}
            <button
              type="button"
              className="secondary small"
              aria-disabled={busy}
              onClick={() => !busy && onRestore(c)}
              aria-label={`Restore the proposal \u201c${describeValue(c.proposal.value, c.proposal.qualifier, c.proposal.unit)}\u201d`}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
