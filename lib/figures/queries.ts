// Figure reads for pages, charts and exports. Published, not deleted, oldest reference date first.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { FigureStatus, Prisma } from "@/lib/generated/prisma/client";
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
    reportTitle: f.report.title,
    reportUrl: f.report.url,
    reportDate: dateToDay(f.report.publishedOn),
    quote: f.quote,
    status: f.status,
  };
}

/**
 * The figures of one conflict, by metric then reference date: what its page and CSV show. Published only,
 * unless the caller (having checked the viewer is an editor) asks for drafts too.
 */
export async function listConflictFigures(
  { conflictSlug, statuses = ["published"] }: { conflictSlug: string; statuses?: readonly FigureStatus[] },
  client: DbOrTx = db(),
): Promise<FigureRow[]> {
  const rows = await client.figure.findMany({
    where: { conflict: { slug: conflictSlug }, status: { in: [...statuses] }, deletedAt: null },
    include: figureInclude,
    orderBy: [{ metricId: "asc" }, { refDate: "asc" }, { id: "asc" }],
  });
  return rows.map(toRow);
}
