// The cross-check of a refugee count against the reported daily outflow, when a conflict has both.
import type { CrossCheck } from "@/lib/charts/cross-check";
import { formatCount } from "@/lib/figures/qualifiers";

export function CrossCheckPanel({ checks }: { checks: readonly CrossCheck[] }) {
  if (checks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="cross-check">
      <h2 id="cross-check">Cross-check: refugee count against the daily outflow</h2>
      <ul className="cross-checks">
        {checks.map((c) => (
          <li key={`${c.stockSource}-${c.from}`}>
            <p>{c.text}</p>
            <p className="muted">
              Outflow figures used:{" "}
              {c.flows.map((f) => `${f.label} (${f.source}, ${f.days} days at ${formatCount(Math.round(f.perDay))} a day)`).join("; ")}.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
