// What the charts read: a chart's figures with their revision links, and what a conflict has charts for.
// Database access for lib/charts (load.ts) and the pages that draw charts.
import "server-only";
import { db, readRows, type DbOrTx } from "@/lib/db";
import { Prisma, type FigureStatus } from "@/lib/generated/prisma/client";
import type { FigureRow } from "@/lib/figures/types";
import { hasNoNul } from "@/lib/storable-text";
import type { RevisionLink } from "./visible";

/**
 * What the charts draw from: the live figures of some conflicts (some metrics or all), drafts only when the
 * caller (having checked the viewer is an editor) asks, revised ones included, and the revision links of
 * those conflicts, deleted figures too, so the chart can hide revisions as known on any day. One joined
 * statement each (Prisma's `include` would add a query per relation with a bind parameter per row).
 */
export async function listChartFigures(
  {
    conflictSlugs,
    metricSlugs,
    statuses = ["published"],
  }: { conflictSlugs: readonly string[]; metricSlugs?: readonly string[]; statuses?: readonly FigureStatus[] },
  client: DbOrTx = db(),
): Promise<{ rows: FigureRow[]; links: RevisionLink[] }> {
  // a slug with a NUL names nothing (and the database would refuse the query)
  if (metricSlugs && !metricSlugs.every(hasNoNul)) return { rows: [], links: [] };
  const slugs = conflictSlugs.filter(hasNoNul);
  const scope = Prisma.sql`c.slug = ANY(${slugs}::text[])${metricSlugs ? Prisma.sql` AND m.slug = ANY(${[...metricSlugs]}::text[])` : Prisma.empty}`;
  // what a row shares with its conflict and metric is read once, not on each of thousands of rows: every
  // column costs the driver a parse per row, and these were a third of them
  const [figures, links, conflicts, metrics] = await Promise.all([
    readRows<ChartFigureColumns>(Prisma.sql`
      SELECT ${CHART_FIGURE_COLUMNS}
        FROM "Figure" f
        JOIN "Conflict" c ON c.id = f."conflictId"
        JOIN "Metric" m ON m.id = f."metricId"
        JOIN "Source" s ON s.id = f."sourceId"
        JOIN "Report" r ON r.id = f."reportId"
       WHERE ${scope} AND f.status = ANY(${[...statuses]}::"FigureStatus"[]) AND f."deletedAt" IS NULL
       ORDER BY f."metricId", f."refDate", f.id`, client),
    readRows<RevisionLink>(Prisma.sql`
      SELECT f.id, f."supersedesId", f.status = 'published' AS published, f."deletedAt" IS NOT NULL AS deleted,
             to_char(r."publishedOn", 'YYYY-MM-DD') AS "reportDate"
        FROM "Figure" f
        JOIN "Conflict" c ON c.id = f."conflictId"
        JOIN "Metric" m ON m.id = f."metricId"
        JOIN "Report" r ON r.id = f."reportId"
       WHERE ${scope}
         AND (f."supersedesId" IS NOT NULL OR EXISTS (SELECT 1 FROM "Figure" n WHERE n."supersedesId" = f.id))`, client),
    client.$queryRaw<{ id: number; slug: string; name: string }[]>`SELECT id, slug, name FROM "Conflict" c WHERE c.slug = ANY(${slugs}::text[])`,
    client.$queryRaw<{ id: number; slug: string; name: string; kind: "stock" | "rate"; unit: string; hxlTag: string }[]>`
      SELECT id, slug, name, kind::text AS kind, unit, "hxlTag" FROM "Metric"`,
  ]);
  const conflictOf = new Map(conflicts.map((c) => [c.id, c]));
  const metricOf = new Map(metrics.map((m) => [m.id, m]));
  const rows = figures.map((f): FigureRow => {
    const c = conflictOf.get(f.conflictId)!;
    const m = metricOf.get(f.metricId)!;
    return {
      id: f.id,
      conflictSlug: c.slug,
      conflictName: c.name,
      metricSlug: m.slug,
      metricName: m.name,
      metricKind: m.kind,
      unit: m.unit,
      hxlTag: m.hxlTag,
      value: f.value,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      refDate: f.refDate,
      periodStart: f.periodStart,
      sourceId: f.sourceId,
      sourceName: f.sourceName,
      reportId: f.reportId,
      reportTitle: f.reportTitle,
      reportUrl: f.reportUrl,
      reportDate: f.reportDate,
      quote: f.quote,
      status: f.status,
    };
  });
  return { rows, links };
}

/** A chart's figure as read: its own columns, with the ids of its conflict and metric instead of their names. */
type ChartFigureColumns = Omit<FigureRow, "conflictSlug" | "conflictName" | "metricSlug" | "metricName" | "metricKind" | "unit" | "hxlTag"> & {
  conflictId: number;
  metricId: number;
};
const CHART_FIGURE_COLUMNS = Prisma.sql`
  f.id, f.value::float8 AS value, f.low::float8 AS low, f.high::float8 AS high, f.qualifier::text AS qualifier,
  to_char(f."refDate", 'YYYY-MM-DD') AS "refDate", to_char(f."periodStart", 'YYYY-MM-DD') AS "periodStart",
  f."sourceId", f."reportId", f.quote, f.status::text AS status, f."conflictId", f."metricId", s.name AS "sourceName",
  r.title AS "reportTitle", r.url AS "reportUrl", to_char(r."publishedOn", 'YYYY-MM-DD') AS "reportDate"`;

/**
 * What a conflict has charts for, without reading its figures: the metrics with a figure in `statuses` (in
 * chart order) and every source with one (whose names fix the colours, so a source keeps its colour in any view).
 */
export async function listChartKeys(
  { conflictSlug, statuses = ["published"] }: { conflictSlug: string; statuses?: readonly FigureStatus[] },
  client: DbOrTx = db(),
): Promise<{ metrics: { slug: string; name: string; kind: "stock" | "rate"; unit: string }[]; sources: string[] }> {
  const pairs = await client.$queryRaw<{ metricId: number; sourceId: number }[]>`
    SELECT DISTINCT f."metricId", f."sourceId"
      FROM "Figure" f JOIN "Conflict" c ON c.id = f."conflictId"
     WHERE c.slug = ${conflictSlug} AND f.status = ANY(${[...statuses]}::"FigureStatus"[]) AND f."deletedAt" IS NULL`;
  const metricIds = [...new Set(pairs.map((p) => p.metricId))];
  const sourceIds = [...new Set(pairs.map((p) => p.sourceId))];
  const [metrics, sources] = await Promise.all([
    client.metric.findMany({ where: { id: { in: metricIds } }, select: { slug: true, name: true, kind: true, unit: true }, orderBy: { id: "asc" } }),
    client.source.findMany({ where: { id: { in: sourceIds } }, select: { name: true } }),
  ]);
  return { metrics, sources: sources.map((s) => s.name) };
}
