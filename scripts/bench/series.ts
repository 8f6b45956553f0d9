// series_ratio: one metric's chart series through the app's data layer (listChartFigures, the query the
// series endpoint and the conflict page read a chart with, and visibleRows, which leaves out what a revision
// replaced) ÷ the same points from one hand-written SQL query. Beside it, what the endpoint does in all
// (loadMetricSeries: its reads, then the chart drawn by metricSeries), and its reads and drawing apart.
import type pg from "pg";
import { listAnnotations } from "@/lib/annotations/queries";
import { metricSeries, pairedWith } from "@/lib/api/series";
import { loadMetricSeries } from "@/lib/charts/load";
import { readChartView } from "@/lib/charts/view";
import { visibleRows } from "@/lib/charts/visible";
import { listChartFigures, listChartKeys } from "@/lib/charts/queries";
import { interleave, median } from "./timing";

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
  series_query_ms: number;
  series_endpoint_ratio: number;
  series_app_ms: number;
  series_app_reads_ms: number;
  series_app_math_ms: number;
  series_sql_ms: number;
  series_points: number;
  series_rows_read: number;
};

export async function measureSeries(client: pg.Client, { slug, metric, reps }: { slug: string; metric: string; reps: number }): Promise<SeriesResult> {
  const view = readChartView({}, { editor: false });
  const ids = await client.query<{ c: number; m: number }>(`SELECT c.id AS c, m.id AS m FROM "Conflict" c, "Metric" m WHERE c.slug = $1 AND m.slug = $2`, [slug, metric]);
  const { c, m } = ids.rows[0]!;

  // the series query through the data layer: the rows, then the points left once revisions are taken out
  const seriesQuery = async () => {
    const { rows, links } = await listChartFigures({ conflictSlugs: [slug], metricSlugs: [metric] });
    return visibleRows(rows, links, view);
  };
  const endpoint = () => loadMetricSeries({ slug, metric, view });
  const handWritten = () => client.query(SERIES_SQL, [c, m]);
  // the process warmed as a running server is before any part is timed: whichever part came first in a fresh
  // process came out half again slower than the same work timed after the others (JIT, pool, heap sizing)
  for (let i = 0; i < 3; i++) for (const part of [seriesQuery, endpoint, handWritten]) await part();

  const readParts = () =>
    Promise.all([
      listChartKeys({ conflictSlug: slug }),
      listChartFigures({ conflictSlugs: [slug], metricSlugs: [...pairedWith(metric)] }),
      listAnnotations({ conflictSlugs: [slug] }),
    ]);
  const [keys, data, events] = await readParts();
  const chosen = keys.metrics.find((x) => x.slug === metric)!;
  // the parts in turn, round after round (three rounds a repetition, as each takes milliseconds), so the
  // database's background work after the bulk load (checkpoint, autovacuum) weighs on all of them alike
  const { query, app, reads, math, sql } = await interleave(reps * 3, {
    query: seriesQuery,
    // what the endpoint runs, whole
    app: endpoint,
    // where its time goes: the reads alone, and the chart math alone on rows already read
    reads: readParts,
    math: async () => metricSeries({ conflict: { slug, name: slug }, metric: chosen, rows: data.rows, links: data.links, events, colorKeys: keys.sources }, view),
    sql: handWritten,
  });

  // the same result, or the ratio means nothing
  const loaded = app.results[0]!;
  if (loaded.found !== "series") throw new Error(`The app found no ${metric} series for ${slug}.`);
  const sqlIds = sql.results[0]!.rows.map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b);
  const same = (ids: number[], what: string) => {
    if (ids.length !== sqlIds.length || ids.some((id, i) => id !== sqlIds[i])) {
      throw new Error(`The hand-written series query and ${what} disagree: ${sqlIds.length} points against ${ids.length}.`);
    }
  };
  same(loaded.series.points.map((p) => p.id).sort((a, b) => a - b), "the endpoint");
  same(query.results[0]!.map((r) => r.id).sort((a, b) => a - b), "the data layer");
  const queryMs = median(query.ms);
  const appMs = median(app.ms);
  const sqlMs = median(sql.ms);
  return {
    series_ratio: queryMs / sqlMs,
    series_query_ms: queryMs,
    series_endpoint_ratio: appMs / sqlMs,
    series_app_ms: appMs,
    series_app_reads_ms: median(reads.ms),
    series_app_math_ms: median(math.ms),
    series_sql_ms: sqlMs,
    series_points: sqlIds.length,
    series_rows_read: data.rows.length,
  };
}
