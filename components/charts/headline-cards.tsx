// Headline cards for one metric: each source's latest figure, its change since the source's previous one, and
// for cumulative counts the daily rate the two imply.
import Link from "next/link";
import type { Headline } from "@/lib/charts/headlines";
import { formatDay } from "@/lib/dates";
import { formatCount } from "@/lib/figures/qualifiers";

export function HeadlineCards({ items, colors }: { items: readonly Headline[]; colors: Map<string, string> }) {
  if (items.length === 0) return null;
  return (
    <ul className="headline-cards" aria-label="Latest figure by source">
      {items.map((h) => (
        <li key={h.source} className="headline-card" style={{ borderTopColor: colors.get(h.source) }}>
          <div className="headline-source">{h.source}</div>
          <div className="headline-value">
            <Link href={`/figures/${h.latest.id}`}>{h.latest.label}</Link>
          </div>
          <div className="muted">as of {formatDay(h.latest.refDate)}</div>
          {h.change && <div className="headline-change">{h.change.text}</div>}
          {h.rate && <div className="headline-rate">{h.rate.text}</div>}
          {h.projection && (
            <div className="muted">
              Projection: {formatCount(h.projection.value)} by {formatDay(h.projection.refDate)}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
