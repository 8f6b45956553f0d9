// Rows to chart series: one chart per metric, one series per source. Pure, so it is unit-tested.
import { dayToEpoch } from "@/lib/dates";
import { describeValue, type Qualifier } from "./qualifiers";
import type { FigureRow } from "./types";

export type ChartPoint = {
  id: number;
  /** the reference date as epoch milliseconds: the chart's x on a proportional time axis */
  t: number;
  value: number;
  qualifier: Qualifier;
  /** the value in words as the source said it: "more than 70,000" */
  label: string;
  refDate: string;
  reportDate: string;
  reportTitle: string;
  quote: string | null;
};

export type Series = { source: string; points: ChartPoint[] };

export type MetricChart = {
  metricSlug: string;
  metricName: string;
  kind: "stock" | "rate";
  unit: string;
  series: Series[];
  figures: FigureRow[];
};

/**
 * Groups figures by metric (in the order first met) and, within each, by source (alphabetical, so the
 * order of series does not depend on the order figures were entered). Points are sorted by reference
 * date, then id.
 */
export function buildMetricCharts(rows: readonly FigureRow[]): MetricChart[] {
  const charts = new Map<string, MetricChart & { bySource: Map<string, ChartPoint[]> }>();
  for (const r of rows) {
    let chart = charts.get(r.metricSlug);
    if (!chart) {
      chart = {
        metricSlug: r.metricSlug,
        metricName: r.metricName,
        kind: r.metricKind,
        unit: r.unit,
        series: [],
        figures: [],
        bySource: new Map(),
      };
      charts.set(r.metricSlug, chart);
    }
    chart.figures.push(r);
    const points = chart.bySource.get(r.sourceName) ?? [];
    points.push({
      id: r.id,
      t: dayToEpoch(r.refDate),
      value: r.value,
      qualifier: r.qualifier,
      label: describeValue(r.value, r.qualifier, r.unit),
      refDate: r.refDate,
      reportDate: r.reportDate,
      reportTitle: r.reportTitle,
      quote: r.quote,
    });
    chart.bySource.set(r.sourceName, points);
  }
  return [...charts.values()].map(({ bySource, ...chart }) => ({
    ...chart,
    series: [...bySource.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([source, points]) => ({ source, points: points.sort((p, q) => p.t - q.t || p.id - q.id) })),
  }));
}
