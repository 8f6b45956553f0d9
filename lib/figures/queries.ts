// Figure reads for pages, exports and the JSON API (what the charts read is in lib/charts/queries.ts).
// Published, not deleted, oldest reference date first.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import { Prisma, type FigureStatus } from "@/lib/generated/prisma/client";
import { literalLike } from "@/lib/search-text";
import { hiddenByRevision } from "./revisions";
import { STATUSES_OF, type FigureFilter } from "./filter";
import type { FigureListQuery } from "./list-query";
import type { FigureRow } from "./types";

const figureInclude = {
  conflict: { select: { slug: true, name: true } },
  metric: { select: { slug: true, name: true, kind: true, unit: true, hxlTag: true } },
  source: { select: { name: true } },
  report: { select: { title: true, url: true, publishedOn: true } },
} satisfies Prisma.FigureInclude;

type FigureWithRefs = Prisma.FigureGetPayload<{ include: typeof figureInclude }>;

const toNumber = (v: bigint | null): number | null => (v === null ? null : Number(v));

function toRow(f: FigureWithRefs): FigureRow {
  return {
    id: f.id,
    conflictSlug: f.conflict.slug,
    conflictName: f.conflict.name,
    metricSlug: f.metric.slug,
    metricName: f.metric.name,
    metricKind: f.metric.kind,
    unit: f.metric.unit,
    hxlTag: f.metric.hxlTag,
    value: Number(f.value),
    low: toNumber(f.low),
    high: toNumber(f.high),
    qualifier: f.qualifier,
    refDate: dateToDay(f.refDate),
    periodStart: f.periodStart ? dateToDay(f.periodStart) : null,
    sourceId: f.sourceId,
    sourceName: f.source.name,
    reportId: f.reportId,
    reportTitle: f.report.title,
    reportUrl: f.report.url,
    reportDate: dateToDay(f.report.publishedOn),
    quote: f.quote,
    status: f.status,
  };
}

/**
 * The figures of one conflict, by metric then reference date: what its page and CSV show. Published only,
 * unless the caller (having checked the viewer is an editor) asks for drafts too; revised figures give way
 * to their published revision.
 */
export async function listConflictFigures(
  { conflictSlug, statuses = ["published"] }: { conflictSlug: string; statuses?: readonly FigureStatus[] },
  client: DbOrTx = db(),
): Promise<FigureRow[]> {
  const rows = await client.figure.findMany({
    where: {
      conflict: { slug: conflictSlug },
      status: { in: [...statuses] },
      deletedAt: null,
    },
    include: figureInclude,
    orderBy: [{ metricId: "asc" }, { refDate: "asc" }, { id: "asc" }],
  });
  // a figure its source has revised gives way to the live revision (its page keeps both)
  const hidden = await hiddenRevisedFigures(client);
  return rows.filter((f) => !hidden.has(f.id)).map(toRow);
}

/** The columns of a FigureRow, flat from one joined statement: numbers as float8 and days as text, so no row needs converting. */
const FIGURE_ROW_COLUMNS = Prisma.sql`
  f.id, f.value::float8 AS value, f.low::float8 AS low, f.high::float8 AS high, f.qualifier::text AS qualifier,
  to_char(f."refDate", 'YYYY-MM-DD') AS "refDate", to_char(f."periodStart", 'YYYY-MM-DD') AS "periodStart",
  f."sourceId", f."reportId", f.quote, f.status::text AS status,
  c.slug AS "conflictSlug", c.name AS "conflictName", m.slug AS "metricSlug", m.name AS "metricName",
  m.kind::text AS "metricKind", m.unit, m."hxlTag", s.name AS "sourceName",
  r.title AS "reportTitle", r.url AS "reportUrl", to_char(r."publishedOn", 'YYYY-MM-DD') AS "reportDate"`;

/**
 * The same set in SQL, as common table expressions for a WITH RECURSIVE: `hidden` holds the id of every figure
 * with a live (published, not deleted) figure anywhere ahead of it along its revision chain, which is what
 * hiddenByRevision (revisions.ts) decides in JavaScript. A figure has at most one revision (supersedesId is
 * unique), so those are the figures a live revision revises and, step by step, what they revise. The walk
 * joins the revision links alone (tens of thousands at a million figures), never the whole table; UNION, not
 * UNION ALL, so a cycle (which no save can make) still ends. For statements that take no figures from
 * JavaScript: COPY, and reads over every conflict.
 */
export const HIDDEN_BY_REVISION = `
  links AS MATERIALIZED (
    SELECT id, "supersedesId" AS revises, (status = 'published' AND "deletedAt" IS NULL) AS live
      FROM "Figure" WHERE "supersedesId" IS NOT NULL
  ), behind(id) AS (
    SELECT revises FROM links WHERE live
    UNION
    SELECT l.revises FROM behind b JOIN links l ON l.id = b.id
  ), hidden AS (
    -- DISTINCT again, though UNION left no repeat: the planner then expects a few hundred rows rather than
    -- millions, and hashes "id NOT IN (SELECT id FROM hidden)" once instead of scanning it for every figure
    SELECT DISTINCT id FROM behind
  )`;

/** The figures that give way to a live revision somewhere along their chain (see revisions.ts). */
export async function hiddenRevisedFigures(client: DbOrTx = db()): Promise<Set<number>> {
  const links = await client.$queryRaw<{ id: number; supersedesId: number | null; live: boolean }[]>`
    SELECT id, "supersedesId", (status = 'published' AND "deletedAt" IS NULL) AS live
      FROM "Figure"
     WHERE "supersedesId" IS NOT NULL
        OR id IN (SELECT "supersedesId" FROM "Figure" WHERE "supersedesId" IS NOT NULL)`;
  return hiddenByRevision(links);
}

/** One figure with everything it points to and its revisions, for its page and its edit form. */
export async function getFigure({ id }: { id: number }, client: DbOrTx = db()) {
  return client.figure.findUnique({
    where: { id },
    include: {
      conflict: true,
      metric: true,
      source: true,
      report: { select: { id: true, title: true, url: true, publishedOn: true, publisher: true } },
      supersedes: { select: { id: true, value: true, qualifier: true, refDate: true, status: true, deletedAt: true } },
      supersededBy: { select: { id: true, value: true, qualifier: true, refDate: true, status: true, deletedAt: true } },
    },
  });
}

/** The report a new figure is entered from: what the form shows and fills in. */
export async function getReportForForm({ id }: { id: number }, client: DbOrTx = db()) {
  return client.report.findUnique({ where: { id }, select: { id: true, title: true, url: true, publishedOn: true, publisher: true } });
}

export type FigureListItem = FigureRow & { updatedAt: Date; deleted: boolean };

const SORT_ORDER: Record<FigureListQuery["sort"], Prisma.FigureOrderByWithRelationInput[]> = {
  "date-desc": [{ refDate: "desc" }, { id: "desc" }],
  "date-asc": [{ refDate: "asc" }, { id: "asc" }],
  "value-desc": [{ value: "desc" }, { id: "desc" }],
  "value-asc": [{ value: "asc" }, { id: "asc" }],
  "updated-desc": [{ updatedAt: "desc" }, { id: "desc" }],
};

/**
 * The figures list: filtered, sorted and paginated in the database. `editor` decides whether drafts and
 * deleted figures may be asked for; others always get published, live figures.
 */
export async function listFigures(
  { query, editor, pageSize = 50 }: { query: FigureListQuery; editor: boolean; pageSize?: number },
  client: DbOrTx = db(),
): Promise<{ rows: FigureListItem[]; total: number }> {
  const status = editor ? query.status : "published";
  const where: Prisma.FigureWhereInput = {
    ...(query.conflict ? { conflict: { slug: query.conflict } } : {}),
    ...(query.metric ? { metric: { slug: query.metric } } : {}),
    ...(query.source ? { sourceId: query.source } : {}),
    ...(status === "deleted" ? { deletedAt: { not: null } } : { deletedAt: null }),
    ...(status === "published" || status === "draft" ? { status } : {}),
    ...(query.from || query.to
      ? { refDate: { ...(query.from ? { gte: dayToDate(query.from) } : {}), ...(query.to ? { lte: dayToDate(query.to) } : {}) } }
      : {}),
    ...(query.q ? { quote: { contains: literalLike(query.q), mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    client.figure.findMany({ where, include: figureInclude, orderBy: SORT_ORDER[query.sort], skip: (query.page - 1) * pageSize, take: pageSize }),
    client.figure.count({ where }),
  ]);
  return { rows: rows.map((f) => ({ ...toRow(f), updatedAt: f.updatedAt, deleted: f.deletedAt !== null })), total };
}

/** Sources as the figures list's filter offers them. */
export async function listSourceOptions(client: DbOrTx = db()): Promise<{ id: number; name: string }[]> {
  return client.source.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** The figures `id` revises, and those they revise, and so on (the chain behind it). */
export async function listRevisedChain({ id }: { id: number }, client: DbOrTx = db()): Promise<number[]> {
  const rows = await client.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE behind(id, depth) AS (
      SELECT "supersedesId", 1 FROM "Figure" WHERE id = ${id} AND "supersedesId" IS NOT NULL
      UNION ALL
      SELECT f."supersedesId", b.depth + 1 FROM "Figure" f JOIN behind b ON f.id = b.id
       WHERE f."supersedesId" IS NOT NULL AND b.depth < 1000
    )
    SELECT id FROM behind`;
  return rows.map((r) => r.id);
}

/** A figure as the JSON API and the CSV export list it: a FigureRow, the figure it revises, and the rest of its provenance. */
export type FigureApiRow = FigureRow & { supersedesId: number | null; sourceKind: string; reportPublisher: string | null; note: string | null };

/**
 * The live figures matching `filter` with ids above `after`, in id order, `limit` of them, and the id to
 * continue after (null on the last page). Revised figures are included, each naming what it revises. Keyset
 * paging on the primary key in one joined query, no OFFSET and no count, so the thousandth page costs what the first does.
 */
export async function listFiguresAfter(
  { filter, after = 0, limit }: { filter: FigureFilter; after?: number; limit: number },
  client: DbOrTx = db(),
): Promise<{ rows: FigureApiRow[]; nextAfter: number | null }> {
  // each name is also checked on its own (a one-time EXISTS on a unique index): a name that matches nothing,
  // e.g. a mistyped source, answers at once instead of walking every id
  const where = [
    Prisma.sql`f."deletedAt" IS NULL AND f.id > ${after} AND f.status = ANY(${[...STATUSES_OF[filter.status]]}::"FigureStatus"[])`,
    ...(filter.conflict ? [Prisma.sql`c.slug = ${filter.conflict} AND EXISTS (SELECT 1 FROM "Conflict" WHERE slug = ${filter.conflict})`] : []),
    ...(filter.metric ? [Prisma.sql`m.slug = ${filter.metric} AND EXISTS (SELECT 1 FROM "Metric" WHERE slug = ${filter.metric})`] : []),
    ...(filter.source ? [Prisma.sql`s.name = ${filter.source} AND EXISTS (SELECT 1 FROM "Source" WHERE name = ${filter.source})`] : []),
    ...(filter.from ? [Prisma.sql`f."refDate" >= ${filter.from}::date`] : []),
    ...(filter.to ? [Prisma.sql`f."refDate" <= ${filter.to}::date`] : []),
  ];
  // flat columns, numbers and days already as the row wants them: no per-row conversion (a CSV export maps a million)
  const rows = await client.$queryRaw<FigureApiRow[]>`
    SELECT ${FIGURE_ROW_COLUMNS}, f."supersedesId", s.kind::text AS "sourceKind", r.publisher AS "reportPublisher", f.note
      FROM "Figure" f
      JOIN "Conflict" c ON c.id = f."conflictId"
      JOIN "Metric" m ON m.id = f."metricId"
      JOIN "Source" s ON s.id = f."sourceId"
      JOIN "Report" r ON r.id = f."reportId"
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY f.id
     LIMIT ${limit + 1}`;
  const more = rows.length > limit;
  if (more) rows.length = limit;
  return { rows, nextAfter: more ? rows.at(-1)!.id : null };
}
