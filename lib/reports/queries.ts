// Report reads: the searchable list, one report, and the figures taken from a report or given by a source.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { FigureStatus, Prisma, Report } from "@/lib/generated/prisma/client";
import type { LinkedFigure, ReportListRow, ReportRecord } from "./types";
import { literalLike } from "@/lib/search-text";

export function toReportRecord(r: Report): ReportRecord {
  return {
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    publishedOn: dateToDay(r.publishedOn),
    language: r.language,
    fullText: r.fullText,
    version: r.version,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const visible = (includeDrafts: boolean): Prisma.FigureWhereInput => ({
  deletedAt: null,
  status: { in: (includeDrafts ? ["published", "draft"] : ["published"]) satisfies FigureStatus[] },
});

/** Reports whose title or publisher contains `search` (any case), newest publication first, one page at a time. */
export async function listReports(
  { search, page, pageSize, includeDrafts = false }: { search?: string; page: number; pageSize: number; includeDrafts?: boolean },
  client: DbOrTx = db(),
): Promise<{ rows: ReportListRow[]; total: number }> {
  const q = search?.trim() ? literalLike(search.trim()) : undefined;
  const where: Prisma.ReportWhereInput = q
    ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { publisher: { contains: q, mode: "insensitive" } }] }
    : {};
  const [rows, total] = await Promise.all([
    client.report.findMany({
      where,
      orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, title: true, publisher: true, url: true, publishedOn: true, language: true,
        _count: { select: { figures: { where: visible(includeDrafts) } } },
      },
    }),
    client.report.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, publishedOn, ...r }) => ({ ...r, publishedOn: dateToDay(publishedOn), figureCount: _count.figures })),
    total,
  };
}

/** The reports most recently filed with their text, newest first: the ones whose figures can be proposed. */
export async function listReportsWithText({ take }: { take: number }, client: DbOrTx = db()): Promise<Pick<ReportRecord, "id" | "title" | "publisher" | "publishedOn">[]> {
  const rows = await client.report.findMany({
    where: { fullText: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, publisher: true, publishedOn: true },
  });
  return rows.map((r) => ({ ...r, publishedOn: dateToDay(r.publishedOn) }));
}

export async function getReport({ id }: { id: number }, client: DbOrTx = db()): Promise<ReportRecord | null> {
  const r = await client.report.findUnique({ where: { id } });
  return r && toReportRecord(r);
}

/** The figures of one report or one source, not deleted; drafts only when the caller has checked the viewer may see them. */
export async function listLinkedFigures(
  { reportId, sourceId, includeDrafts = false }: { reportId?: number; sourceId?: number; includeDrafts?: boolean },
  client: DbOrTx = db(),
): Promise<LinkedFigure[]> {
  if (reportId === undefined && sourceId === undefined) throw new Error("listLinkedFigures needs a reportId or a sourceId");
  const rows = await client.figure.findMany({
    where: { ...visible(includeDrafts), ...(reportId !== undefined ? { reportId } : {}), ...(sourceId !== undefined ? { sourceId } : {}) },
    include: {
      conflict: { select: { slug: true, name: true } },
      metric: { select: { name: true, unit: true } },
      source: { select: { name: true } },
      report: { select: { title: true, publishedOn: true } },
    },
    orderBy: [{ refDate: "desc" }, { id: "desc" }],
  });
  return rows.map((f) => ({
    id: f.id,
    conflictSlug: f.conflict.slug,
    conflictName: f.conflict.name,
    metricName: f.metric.name,
    unit: f.metric.unit,
    value: Number(f.value),
    qualifier: f.qualifier,
    refDate: dateToDay(f.refDate),
    periodStart: f.periodStart ? dateToDay(f.periodStart) : null,
    sourceId: f.sourceId,
    sourceName: f.source.name,
    reportId: f.reportId,
    reportTitle: f.report.title,
    reportDate: dateToDay(f.report.publishedOn),
    quote: f.quote,
    status: f.status,
  }));
}
