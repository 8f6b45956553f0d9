// The compare view: one metric across several conflicts, one series per conflict and source. Pure.
import type { FigureRow } from "@/lib/figures/types";
import { describeChart } from "./describe";
import { buildCharts, byConflictAndSource, colorsFor, type MetricChart } from "./series";
import { visibleRows, type RevisionLink } from "./visible";
import type { ChartView } from "./view";

type SearchParams = Record<string, string | string[] | undefined>;

/** `?metric=deaths&conflicts=syria&conflicts=iraq` (a form's checkboxes) or `conflicts=syria,iraq` (a link). */
export function readCompareParams(sp: SearchParams): { metric: string | null; conflicts: string[] } {
  const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  const metric = list(sp.metric)[0] ?? null;
  return { metric, conflicts: [...new Set(list(sp.conflicts))].slice(0, 12) };
}

export function compareChart(
  { metricName, rows, links }: { metricName: string; rows: readonly FigureRow[]; links: readonly RevisionLink[] },
  view: ChartView,
): { chart: MetricChart & { description: string }; legend: { key: string; label: string; color: string }[] } | null {
  const visible = visibleRows(rows, links, { ...view, hide: [] });
  const keys = visible.map((r) => byConflictAndSource(r).key);
  const colors = colorsFor(keys);
  const [chart] = buildCharts(visible, { scale: view.scale, seriesOf: byConflictAndSource, colors, from: view.from, to: view.to });
  if (!chart) return null;
  const conflicts = [...new Set(visible.map((r) => r.conflictName))];
  return {
    chart: { ...chart, description: describeChart(`${metricName} in ${conflicts.join(", ")}`, chart) },
    legend: chart.series.map((s) => ({ key: s.key, label: s.label, color: s.color })),
  };
}
