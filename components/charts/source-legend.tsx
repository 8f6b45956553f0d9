"use client";
// The sources of a page's charts as toggles: a source switched off leaves every chart on the page, and the
// choice lives in the URL (?hide=…) so a copied link shows the same sources.
import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { chartViewParsers } from "@/lib/charts/view";

export type LegendItem = { key: string; label: string; color: string };

export function SourceLegend({ items, label = "Sources" }: { items: readonly LegendItem[]; label?: string }) {
  const [pending, startTransition] = useTransition();
  const [{ hide }, setView] = useQueryStates({ hide: chartViewParsers.hide }, { shallow: false, startTransition, scroll: false });
  if (items.length === 0) return null;
  const toggle = (key: string) => setView({ hide: hide.includes(key) ? hide.filter((k) => k !== key) : [...hide, key] });
  return (
    <div className="source-legend" role="group" aria-label={label} aria-busy={pending}>
      {items.map((item) => {
        const on = !hide.includes(item.key);
        return (
          <button key={item.key} type="button" className="legend-toggle" aria-pressed={on} onClick={() => toggle(item.key)} title={on ? `Hide ${item.label}` : `Show ${item.label}`}>
            <span className="swatch" style={{ background: on ? item.color : "transparent", borderColor: item.color }} aria-hidden="true" />
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
