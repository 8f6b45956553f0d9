// Figures to chart series: one chart per metric, one series per source (or per conflict and source when
// comparing conflicts), each point carrying its glyph, bounds and provenance. Pure, so it is unit-tested; the
// chart component only draws what this returns, and the API serves the same thing.
import { dayToEpoch } from "@/lib/dates";
import { describeValue, type Qualifier } from "@/lib/figures/qualifiers";
import type { FigureRow } from "@/lib/figures/types";
import { timeDomain, valueAxis, type ValueAxis } from "./axes";
import { glyphFor, type Glyph } from "./glyphs";
import type { VisibleRow } from "./visible";
import type { Scale } from "./view";

export type ChartPoint = {
  id: number;
  /** the reference date as epoch milliseconds: x on a proportional time axis */
  t: number;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  glyph: Glyph;
  /** the value in words as the source said it: "more than 70,000" */
  label: string;
  refDate: string;
  periodStart: string | null;
  reportDate: string;
  reportId: number;
  reportTitle: string;
  reportUrl: string | null;
  quote: string | null;
  source: string;
  conflict: string;
  status: "draft" | "published";
  /** its source has since revised it (drawn faded, only with "show revisions") */
  revised: boolean;
  /** sideways nudge, in marker widths, so points at the same place stay apart and hoverable */
  dodge: number;
};

/** Bounds drawn as a shaded band: consecutive points that all have a low and a high (one point: a bar). */
export type Band = { t: number; low: number; high: number }[];

export type Series = {
  key: string;
  label: string;
  color: string;
  points: ChartPoint[];
  /** the observed, current figures, joined by a solid line */
  line: ChartPoint[];
  /** dashed segments from the last observation to each projection */
  projections: [ChartPoint, ChartPoint][];
  bands: Band[];
};

export type MetricChart = {
  metricSlug: string;
  metricName: string;
  kind: "stock" | "rate";
  unit: string;
  series: Series[];
  /** every drawn point, by date then series: the data-table view lists exactly these */
  points: ChartPoint[];
  /** points a log scale cannot draw (zero), listed under the chart */
  notDrawn: ChartPoint[];
  x: [number, number];
  y: ValueAxis;
};

export const PALETTE = ["#1f5fbf", "#d9480f", "#2b8a3e", "#862e9c", "#c2255c", "#0b7285", "#e67700", "#5c940d", "#495057", "#364fc7"];

/** A colour per series key, stable across every chart on a page (keys sorted, then the palette in turn). */
/** The order localeCompare gives, from one collator made once: sorting thousands of points calls it often. */
const collate = new Intl.Collator().compare;

export function colorsFor(keys: readonly string[]): Map<string, string> {
  const sorted = [...new Set(keys)].sort(collate);
  return new Map(sorted.map((k, i) => [k, PALETTE[i % PALETTE.length]!]));
}

export type SeriesOf = (r: FigureRow) => { key: string; label: string };
export const bySource: SeriesOf = (r) => ({ key: r.sourceName, label: r.sourceName });
export const byConflictAndSource: SeriesOf = (r) => ({ key: `${r.conflictName} · ${r.sourceName}`, label: `${r.conflictName} · ${r.sourceName}` });

type Options = {
  scale?: Scale;
  seriesOf?: SeriesOf;
  colors?: Map<string, string>;
  /** the view's date range, which fixes the x axis when given */
  from?: string | null;
  to?: string | null;
};

function toPoint(r: VisibleRow, source: string): ChartPoint {
  return {
    id: r.id,
    t: dayToEpoch(r.refDate),
    value: r.value,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    glyph: glyphFor(r.qualifier),
    label: describeValue(r.value, r.qualifier, r.unit),
    refDate: r.refDate,
    periodStart: r.periodStart,
    reportDate: r.reportDate,
    reportId: r.reportId,
    reportTitle: r.reportTitle,
    reportUrl: r.reportUrl,
    quote: r.quote,
    source,
    conflict: r.conflictName,
    status: r.status,
    revised: r.revised,
    dodge: 0,
  };
}

const byTime = (p: ChartPoint, q: ChartPoint) => p.t - q.t || p.id - q.id;

/** Runs of consecutive points that carry both bounds. */
export function bandsOf(points: readonly ChartPoint[]): Band[] {
  const bands: Band[] = [];
  let run: Band = [];
  for (const p of points) {
    if (p.low !== null && p.high !== null) run.push({ t: p.t, low: p.low, high: p.high });
    else if (run.length) {
      bands.push(run);
      run = [];
    }
  }
  if (run.length) bands.push(run);
  return bands;
}

/** Each projection joined to the latest observation before it; a projection with none stands alone. */
export function projectionSegments(points: readonly ChartPoint[]): [ChartPoint, ChartPoint][] {
  const out: [ChartPoint, ChartPoint][] = [];
  let last: ChartPoint | null = null;
  for (const p of points) {
    if (p.glyph === "projected") {
      if (last) out.push([last, p]);
    } else last = p;
  }
  return out;
}

/**
 * Nudges points that would sit on top of each other (closer than 1.2% of the width and 3% of the height)
 * sideways, so each can be seen and hovered. Works in the axes' own proportions, log or linear.
 */
export function dodgeOverlaps(points: ChartPoint[], x: [number, number], y: ValueAxis, scale: Scale): void {
  const yOf = (v: number) =>
    scale === "log" ? (Math.log10(Math.max(v, y.domain[0])) - Math.log10(y.domain[0])) / (Math.log10(y.domain[1]) - Math.log10(y.domain[0])) : (v - y.domain[0]) / (y.domain[1] - y.domain[0] || 1);
  const xOf = (t: number) => (t - x[0]) / (x[1] - x[0] || 1);
  const placed: { px: number; py: number; group: ChartPoint[] }[] = [];
  for (const p of [...points].sort(byTime)) {
    const px = xOf(p.t);
    const py = yOf(p.value);
    const near = placed.find((g) => Math.abs(g.px - px) < 0.012 && Math.abs(g.py - py) < 0.03);
    if (near) near.group.push(p);
    else placed.push({ px, py, group: [p] });
  }
  for (const { group } of placed) group.forEach((p, i) => (p.dodge = i - (group.length - 1) / 2));
}

/**
 * One chart per metric (in the order first met), one series per key (alphabetical, so the order does not
 * depend on the order figures were entered), points by reference date then id. Revised points are drawn
 * but never joined into the line; projections hang off the line on dashed segments.
 */
export function buildCharts(rows: readonly VisibleRow[], opts: Options = {}): MetricChart[] {
  const scale = opts.scale ?? "linear";
  const seriesOf = opts.seriesOf ?? bySource;
  const colors = opts.colors ?? colorsFor(rows.map((r) => seriesOf(r).key));
  const metrics = new Map<string, { head: VisibleRow; bySeries: Map<string, { label: string; points: ChartPoint[] }> }>();
  for (const r of rows) {
    const m = metrics.get(r.metricSlug) ?? { head: r, bySeries: new Map() };
    metrics.set(r.metricSlug, m);
    const { key, label } = seriesOf(r);
    const s = m.bySeries.get(key) ?? { label, points: [] };
    m.bySeries.set(key, s);
    s.points.push(toPoint(r, r.sourceName));
  }
  return [...metrics.values()].map(({ head, bySeries }) => {
    const all = [...bySeries.values()].flatMap((s) => s.points);
    const drawable = scale === "log" ? all.filter((p) => p.value > 0) : all;
    const x = opts.from && opts.to && opts.from < opts.to ? ([dayToEpoch(opts.from), dayToEpoch(opts.to)] as [number, number]) : timeDomain(all.map((p) => p.t));
    if (opts.from && !opts.to) x[0] = Math.min(x[0], dayToEpoch(opts.from));
    if (opts.to && !opts.from) x[1] = Math.max(x[1], dayToEpoch(opts.to));
    const y = valueAxis(
      drawable.flatMap((p) => [p.value, ...(p.high !== null ? [p.high] : []), ...(p.low !== null && (scale === "linear" || p.low > 0) ? [p.low] : [])]),
      scale,
    );
    dodgeOverlaps(drawable, x, y, scale);
    const drawn = new Set(drawable);
    const series = [...bySeries.entries()]
      .sort(([a], [b]) => collate(a, b))
      .map(([key, { label, points }]) => {
        const sorted = points.filter((p) => drawn.has(p)).sort(byTime);
        const current = sorted.filter((p) => !p.revised);
        const observed = current.filter((p) => p.glyph !== "projected");
        return {
          key,
          label,
          color: colors.get(key) ?? PALETTE[0]!,
          points: sorted,
          line: observed,
          projections: projectionSegments(current),
          // a projection's range is its own bar, never part of the observed band
          bands: [...bandsOf(observed), ...bandsOf(current.filter((p) => p.glyph === "projected")).flatMap((b) => b.map((one) => [one]))],
        };
      })
      .filter((s) => s.points.length > 0); // a series whose every figure a log scale cannot draw
    return {
      metricSlug: head.metricSlug,
      metricName: head.metricName,
      kind: head.metricKind,
      unit: head.unit,
      series,
      points: series.flatMap((s) => s.points).sort((p, q) => p.t - q.t || collate(p.source, q.source) || p.id - q.id),
      notDrawn: all.filter((p) => !drawn.has(p)).sort(byTime),
      x,
      y,
    };
  });
}
