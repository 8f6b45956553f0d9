// Everything a conflict's chart page shows, from its rows and the view in the URL: one chart per metric, the
// headline cards, the cross-check and the legend. Pure; the page, the embed and the API all go through it.
import type { FigureRow } from "@/lib/figures/types";
import { dayToEpoch } from "@/lib/dates";
import { crossChecks, type CrossCheck } from "./cross-check";
import { describeChart } from "./describe";
import { headlines, type Headline } from "./headlines";
import { buildCharts, colorsFor, type MetricChart } from "./series";
import { legendSources, visibleRows, type RevisionLink } from "./visible";
import type { ChartView } from "./view";

export type ChartEvent = { t: number; date: string; label: string };

export type ConflictView = {
  charts: (MetricChart & { description: string; headlines: Headline[] })[];
  crossChecks: CrossCheck[];
  legend: { key: string; label: string; color: string }[];
  events: ChartEvent[];
  /** figures in the view, before sources are switched off */
  total: number;
};

export function conflictView(
  {
    conflictName,
    rows,
    links,
    events = [],
    colorKeys,
  }: {
    conflictName: string;
    rows: readonly FigureRow[];
    links: readonly RevisionLink[];
    events?: readonly { date: string; label: string }[];
    /** the names that fix the colours, when `rows` are not all the conflict's figures (one metric read alone) */
    colorKeys?: readonly string[];
  },
  view: ChartView,
): ConflictView {
  const sources = legendSources(rows, view);
  // colours from every source of the conflict, so a source keeps its colour whatever the view
  const colors = colorsFor(colorKeys ?? rows.map((r) => r.sourceName));
  // what the view shows before sources are switched off, then without them: one pass over the rows
  const unhidden = visibleRows(rows, links, { ...view, hide: [] });
  const hidden = new Set(view.hide);
  const visible = hidden.size ? unhidden.filter((r) => !hidden.has(r.sourceName)) : unhidden;
  const cards = headlines(visible);
  const charts = buildCharts(visible, { scale: view.scale, colors, from: view.from, to: view.to }).map((c) => ({
    ...c,
    description: describeChart(`${c.metricName} in ${conflictName}`, c),
    headlines: cards.filter((h) => h.metricSlug === c.metricSlug),
  }));
  return {
    charts,
    crossChecks: crossChecks(visible),
    legend: sources.map((s) => ({ key: s, label: s, color: colors.get(s)! })),
    events: events.filter((e) => (!view.from || e.date >= view.from) && (!view.to || e.date <= view.to)).map((e) => ({ ...e, t: dayToEpoch(e.date) })),
    total: unhidden.length,
  };
}
