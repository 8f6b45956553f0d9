// Which figures a chart view shows: as known on a day, revisions hidden or shown, drafts for editors, the date
// range and the sources switched off. Pure, so every rule is unit-tested.
import { hiddenByRevision } from "@/lib/figures/revisions";
import type { FigureRow } from "@/lib/figures/types";
import type { ChartView } from "./view";

/** A figure's place in its revision chain; every figure of the conflict, deleted ones too, so chains stay whole. */
export type RevisionLink = { id: number; supersedesId: number | null; published: boolean; deleted: boolean; reportDate: string };

export type VisibleRow = FigureRow & { revised: boolean };

/** Known on `asOf`: its report had been published by that day. No day: everything. */
export function knownOn(reportDate: string, asOf: string | null): boolean {
  return asOf === null || reportDate <= asOf;
}

/**
 * The figures its source has revised, as known on `asOf`: a revision counts once it is published, not
 * deleted, and its report was out by then. Before that day the older figure was the current one.
 */
export function revisedAsOf(links: readonly RevisionLink[], asOf: string | null): Set<number> {
  return hiddenByRevision(
    links.map((l) => ({ id: l.id, supersedesId: l.supersedesId, live: l.published && !l.deleted && knownOn(l.reportDate, asOf) })),
  );
}

/** In the view by its status, day and range, before revisions and switched-off sources are considered. */
function shownBeforeRevisions(r: FigureRow, view: ChartView): boolean {
  if (r.status === "draft" && !view.drafts) return false;
  if (!knownOn(r.reportDate, view.asOf)) return false;
  if (view.from && r.refDate < view.from) return false;
  return !(view.to && r.refDate > view.to);
}

/** Rows known on the view's day, inside its range and from sources not switched off; revised ones flagged or dropped. */
export function visibleRows(rows: readonly FigureRow[], links: readonly RevisionLink[], view: ChartView): VisibleRow[] {
  const revised = revisedAsOf(links, view.asOf);
  const hidden = new Set(view.hide);
  const out: VisibleRow[] = [];
  for (const r of rows) {
    if (!shownBeforeRevisions(r, view) || hidden.has(r.sourceName)) continue;
    const isRevised = revised.has(r.id);
    if (isRevised && !view.revisions) continue;
    out.push({ ...r, revised: isRevised });
  }
  return out;
}

/** Every source with a figure in the view before sources are switched off: what the legend offers. */
export function legendSources(rows: readonly FigureRow[], view: ChartView): string[] {
  const names = new Set<string>();
  for (const r of rows) if (!names.has(r.sourceName) && shownBeforeRevisions(r, view)) names.add(r.sourceName);
  return [...names].sort(new Intl.Collator().compare);
}
