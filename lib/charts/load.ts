// One metric's chart of a conflict, read and drawn: what the series endpoint returns and the embed shows.
// Reads only that metric (and the ones it is cross-checked with), so its cost follows the chart, not the conflict.
import "server-only";
import { listAnnotations } from "@/lib/annotations/queries";
import { metricSeries, pairedWith, type SeriesJson } from "@/lib/api/series";
import { getConflict } from "@/lib/conflicts/queries";
import { listChartFigures, listChartKeys } from "./queries";
import type { ChartView } from "./view";

type Metric = { slug: string; name: string; kind: "stock" | "rate"; unit: string };

export type LoadedSeries =
  | { found: "no-conflict" }
  /** the conflict has no published figure of that metric; `metrics` are those it has */
  | { found: "no-metric"; conflict: { slug: string; name: string }; metrics: Metric[] }
  | { found: "series"; conflict: { slug: string; name: string }; metrics: Metric[]; series: SeriesJson };

/** Published figures only: what this returns may be shown on anyone's page. */
export async function loadMetricSeries({ slug, metric, view }: { slug: string; metric: string | null; view: ChartView }): Promise<LoadedSeries> {
  const paired = metric ? [...pairedWith(metric)] : [];
  const [conflict, keys, data, events] = await Promise.all([
    getConflict({ slug }),
    listChartKeys({ conflictSlug: slug }),
    paired.length ? listChartFigures({ conflictSlugs: [slug], metricSlugs: paired }) : null,
    listAnnotations({ conflictSlugs: [slug] }),
  ]);
  if (!conflict) return { found: "no-conflict" };
  const about = { slug: conflict.slug, name: conflict.name };
  const chosen = keys.metrics.find((m) => m.slug === metric);
  if (!chosen || !data) return { found: "no-metric", conflict: about, metrics: keys.metrics };
  const series = metricSeries({ conflict: about, metric: chosen, rows: data.rows, links: data.links, events, colorKeys: keys.sources }, view);
  return { found: "series", conflict: about, metrics: keys.metrics, series };
}
