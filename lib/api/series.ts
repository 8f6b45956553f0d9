// The series endpoint's answer: one metric's chart exactly as the conflict page draws it (conflictView, so
// colours match the page), the legend of that metric's sources, the events in the view and the cross-checks
// the metric takes part in. Pure: rows in, plain JSON-safe data out.
import { timeDomain, valueAxis } from "@/lib/charts/axes";
import { conflictView, type ChartEvent, type ConflictView } from "@/lib/charts/conflict-view";
import { crossChecks, FLOW_PAIRS, type CrossCheck } from "@/lib/charts/cross-check";
import { describeChart } from "@/lib/charts/describe";
import type { ChartPoint, MetricChart, Series } from "@/lib/charts/series";
import type { ChartView } from "@/lib/charts/view";
import { visibleRows, type RevisionLink } from "@/lib/charts/visible";
import { dayToEpoch } from "@/lib/dates";
import type { FigureRow } from "@/lib/figures/types";

type Chart = ConflictView["charts"][number];
type Metric = { slug: string; name: string; kind: "stock" | "rate"; unit: string };

export type SeriesJson = Chart & {
  conflict: { slug: string; name: string };
  /** the view as read from the URL (a malformed value reads as absent, a backwards range is turned round) */
  view: ChartView;
  legend: ConflictView["legend"];
  events: ChartEvent[];
  crossChecks: CrossCheck[];
};

/** The metrics a conflict's rows have, in the order the charts come (the rows' order). */
export function metricsOf(rows: readonly FigureRow[]): Metric[] {
  const seen = new Map<string, Metric>();
  for (const r of rows) if (!seen.has(r.metricSlug)) seen.set(r.metricSlug, { slug: r.metricSlug, name: r.metricName, kind: r.metricKind, unit: r.unit });
  return [...seen.values()];
}

/** A chart with nothing in the view (every source switched off, or dates outside the figures). */
function emptyChart(metric: Metric, conflictName: string, view: ChartView): Chart {
  const x: [number, number] =
    view.from && view.to && view.from < view.to ? [dayToEpoch(view.from), dayToEpoch(view.to)] : timeDomain([view.from, view.to].flatMap((d) => (d ? [dayToEpoch(d)] : [])));
  const chart: MetricChart = { metricSlug: metric.slug, metricName: metric.name, kind: metric.kind, unit: metric.unit, series: [], points: [], notDrawn: [], x, y: valueAxis([], view.scale) };
  return { ...chart, description: describeChart(`${metric.name} in ${conflictName}`, chart), headlines: [] };
}

/** The metrics a cross-check pairs with `metric` (a stock and the flow that feeds it), and itself: all a series needs read. */
export function pairedWith(metric: string): Set<string> {
  return new Set([metric, ...FLOW_PAIRS.flatMap((p) => (p.stock === metric ? [p.flow] : p.flow === metric ? [p.stock] : []))]);
}

export function metricSeries(
  {
    conflict,
    metric,
    rows,
    links,
    events = [],
    colorKeys,
  }: {
    conflict: { slug: string; name: string };
    metric: Metric;
    rows: readonly FigureRow[];
    links: readonly RevisionLink[];
    events?: readonly { date: string; label: string }[];
    /** every source of the conflict, so colours match its page; else the sources of `rows` */
    colorKeys?: readonly string[];
  },
  view: ChartView,
): SeriesJson {
  // only the metric and the ones it is cross-checked with matter; the rest would cost time and change nothing
  const paired = pairedWith(metric.slug);
  const own = rows.filter((r) => r.metricSlug === metric.slug);
  const shown = conflictView({ conflictName: conflict.name, rows: own, links, events, colorKeys: colorKeys ?? rows.map((r) => r.sourceName) }, view);
  const chart = shown.charts[0] ?? emptyChart(metric, conflict.name, view);
  const checks = paired.size > 1 ? crossChecks(visibleRows(rows.filter((r) => paired.has(r.metricSlug)), links, view)) : [];
  return {
    conflict: { slug: conflict.slug, name: conflict.name },
    view,
    ...chart,
    legend: shown.legend,
    events: shown.events.map(({ t, date, label }) => ({ t, date, label })),
    crossChecks: checks,
  };
}

/**
 * The series as the API sends it, each point written once: in its series' `points`. A series' `line` and
 * `projections` and the chart's `points` (the data table's order) name points by id. A chart of thousands of
 * points is a third of the size, and so a third of the work to send.
 */
export type SeriesWire = Omit<SeriesJson, "series" | "points"> & {
  series: (Omit<Series, "line" | "projections"> & { line: number[]; projections: [number, number][] })[];
  points: number[];
};

const idOf = (p: ChartPoint) => p.id;

export function toWire({ series, points, ...rest }: SeriesJson): SeriesWire {
  return {
    ...rest,
    series: series.map(({ line, projections, ...s }) => ({ ...s, line: line.map(idOf), projections: projections.map(([a, b]) => [a.id, b.id]) })),
    points: points.map(idOf),
  };
}

/** The full form back from the wire form: what a client does to get each point where `SeriesJson` has it. */
export function fromWire({ series, points, ...rest }: SeriesWire): SeriesJson {
  const byId = new Map(series.flatMap((s) => s.points.map((p) => [p.id, p] as const)));
  const point = (id: number) => {
    const p = byId.get(id);
    if (!p) throw new Error(`Point ${id} is named but not in any series.`);
    return p;
  };
  return {
    ...rest,
    series: series.map(({ line, projections, ...s }) => ({ ...s, line: line.map(point), projections: projections.map(([a, b]) => [point(a), point(b)] as [ChartPoint, ChartPoint]) })),
    points: points.map(point),
  };
}
