// series_ratio: one metric's chart series through the app's data layer (what GET …/series runs: the conflict's
// chart figures, then metricSeries) ÷ the same points from one hand-written SQL query. Also the data layer
// asked for the one metric only, to show where the time goes.
import type pg from "pg";
import { listAnnotations } from "@/lib/annotations/queries";
import { metricSeries, metricsOf } from "@/lib/api/series";
import { readChartView } from "@/lib/charts/view";
import { getConflict } from "@/lib/conflicts/queries";
import { listChartFigures } from "@/lib/figures/queries";
import { median, repeat } from "./timing";

/**
 * The points of one metric's chart in the default view: published, not deleted, not revised by a live figure
 * anywhere along its chain, with what a point shows, in the chart's order (source, then date).
 */
export const SERIES_SQL = `
  WITH RECURSIVE ahead(origin, id) AS (
    SELECT r."supersedesId", r.id FROM "Figure" r
     WHERE r."conflictId" = $1 AND r."metricId" = $2 AND r."supersedesId" IS NOT NULL
    UNION ALL
    SELECT a.origin, r.id FROM ahead a JOIN "Figure" r ON r."supersedesId" = a.id
  ), hidden AS (
    SELECT DISTINCT a.origin AS id FROM ahead a JOIN "Figure" r ON r.id = a.id
     WHERE r.status = 'published' AND r."deletedAt" IS NULL
  )
  SELECT f.id, f."refDate", f.value, f.low, f.high, f.qualifier, f."periodStart", f.quote, f.status,
         s.name AS source, r.id AS "reportId", r.title, r.url, r."publishedOn"
    FROM "Figure" f
    JOIN "Source" s ON s.id = f."sourceId"
    JOIN "Report" r ON r.id = f."reportId"
   WHERE f."conflictId" = $1 AND f."metricId" = $2 AND f.status = 'published' AND f."deletedAt" IS NULL
     AND f.id NOT IN (SELECT id FROM hidden)
   ORDER BY s.name, f."refDate", f.id`;

export type SeriesResult = {
  series_ratio: number;
  series_app_ms: number;
  series_app_reads_ms: number;
  series_app_math_ms: number;
  series_app_one_metric_ms: number;
  series_sql_ms: number;
  series_points: number;
  conflict_rows: number;
};

export async function measureSeries(client: pg.Client, { slug, metric, reps }: { slug: string; metric: string; reps: number }): Promise<SeriesResult> {
  const view = readChartView({}, { editor: false });
  const conflict = (await getConflict({ slug }))!;
  const appSeries = async (metricSlug?: string) => {
    const [data, events] = await Promise.all([listChartFigures({ conflictSlugs: [slug], metricSlug }), listAnnotations({ conflictSlugs: [slug] })]);
    const m = metricsOf(data.rows).find((x) => x.slug === metric)!;
    return { rows: data.rows.length, chart: metricSeries({ conflict, metric: m, rows: data.rows, links: data.links, events }, view) };
  };
  const ids = await client.query<{ c: number; m: number }>(`SELECT c.id AS c, m.id AS m FROM "Conflict" c, "Metric" m WHERE c.slug = $1 AND m.slug = $2`, [slug, metric]);
  const { c, m } = ids.rows[0]!;

  const app = await repeat(reps, () => appSeries());
  // where the data layer's time goes: the reads alone, and the chart math alone on rows already read
  const reads = await repeat(reps, () => Promise.all([listChartFigures({ conflictSlugs: [slug] }), listAnnotations({ conflictSlugs: [slug] })]));
  const [data, events] = reads.results[0]!;
  const m0 = metricsOf(data.rows).find((x) => x.slug === metric)!;
  const math = await repeat(reps, async () => metricSeries({ conflict, metric: m0, rows: data.rows, links: data.links, events }, view));
  const oneMetric = await repeat(reps, () => appSeries(metric));
  const sql = await repeat(reps, () => client.query(SERIES_SQL, [c, m]));

  // the same result, or the ratio means nothing
  const appIds = app.results[0]!.chart.points.map((p) => p.id).sort((a, b) => a - b);
  const sqlIds = sql.results[0]!.rows.map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b);
  if (appIds.length !== sqlIds.length || appIds.some((id, i) => id !== sqlIds[i])) {
    throw new Error(`The hand-written series query and the app disagree: ${sqlIds.length} points against ${appIds.length}.`);
  }
  const appMs = median(app.ms);
  const sqlMs = median(sql.ms);
  return {
    series_ratio: appMs / sqlMs,
    series_app_ms: appMs,
    series_app_reads_ms: median(reads.ms),
    series_app_math_ms: median(math.ms),
    series_app_one_metric_ms: median(oneMetric.ms),
    series_sql_ms: sqlMs,
    series_points: appIds.length,
    conflict_rows: app.results[0]!.rows,
  };
}
