"use client";
// The view controls above a conflict's charts: date range, scale, revisions, drafts (editors), "as known on".
// Everything is in the URL through nuqs, so the address bar is always a link to exactly this view.
import { useQueryStates } from "nuqs";
import { useState, useTransition } from "react";
import { chartViewParsers } from "@/lib/charts/view";

export function ChartControls({ editor }: { editor: boolean }) {
  const [pending, startTransition] = useTransition();
  const [view, setView] = useQueryStates(chartViewParsers, { shallow: false, startTransition, scroll: false });
  const [copied, setCopied] = useState(false);
  const day = (v: string) => (v === "" ? null : v);
  const changed = view.from || view.to || view.scale !== "linear" || view.hide.length || view.drafts || view.revisions || view.asOf;
  return (
    <form className="chart-controls" aria-label="Chart view" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label>
        From
        <input type="date" name="from" value={view.from ?? ""} onChange={(e) => setView({ from: day(e.target.value) })} />
      </label>
      <label>
        To
        <input type="date" name="to" value={view.to ?? ""} onChange={(e) => setView({ to: day(e.target.value) })} />
      </label>
      <label>
        Scale
        <select name="scale" value={view.scale} onChange={(e) => setView({ scale: e.target.value === "log" ? "log" : "linear" })}>
          <option value="linear">Linear</option>
          <option value="log">Logarithmic</option>
        </select>
      </label>
      <label title="Only figures from reports published by this day">
        As known on
        <input type="date" name="asOf" value={view.asOf ?? ""} onChange={(e) => setView({ asOf: day(e.target.value) })} />
      </label>
      <label className="check">
        <input type="checkbox" name="revisions" checked={view.revisions} onChange={(e) => setView({ revisions: e.target.checked })} />
        Show revisions
      </label>
      {editor && (
        <label className="check">
          <input type="checkbox" name="drafts" checked={view.drafts} onChange={(e) => setView({ drafts: e.target.checked })} />
          Include drafts
        </label>
      )}
      <div className="control-buttons">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true));
          }}
        >
          {copied ? "Link copied" : "Copy link to this view"}
        </button>
        {changed ? (
          <button type="button" className="secondary" onClick={() => setView(null)}>
            Reset view
          </button>
        ) : null}
      </div>
    </form>
  );
}
