// Reads for the review screen: the decisions taken on a report's proposals, and its figures as the review
// compares them.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import type { ReportFigure, StoredDecision, StoredFigure } from "./review";

export async function listDecisions({ reportId }: { reportId: number }, client: DbOrTx = db()): Promise<StoredDecision[]> {
  const rows = await client.proposalDecision.findMany({ where: { reportId }, orderBy: { id: "asc" } });
  return rows.map((d) => ({ key: d.key, outcome: d.outcome, figureId: d.figureId, decidedBy: d.decidedBy, decidedAt: d.decidedAt.toISOString() }));
}

/** The report's live figures, drafts included (the review is for editors). */
export async function listReportFigures({ reportId }: { reportId: number }, client: DbOrTx = db()): Promise<ReportFigure[]> {
  const rows = await client.figure.findMany({
    where: { reportId, deletedAt: null },
    select: { id: true, value: true, quote: true, status: true, metric: { select: { slug: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((f) => ({ id: f.id, metric: f.metric.slug, value: Number(f.value), quote: f.quote, status: f.status }));
}

/** Live figures that share a metric, value, day and source name (any case) with one of `wanted`, in any report. */
export async function listSimilarFigures(
  { wanted }: { wanted: readonly { metric: string; value: number; refDate: string; source: string }[] },
  client: DbOrTx = db(),
): Promise<StoredFigure[]> {
  if (wanted.length === 0) return [];
  const rows = await client.figure.findMany({
    where: {
      deletedAt: null,
      OR: wanted.map((w) => ({
        metric: { slug: w.metric },
        value: BigInt(w.value),
        refDate: dayToDate(w.refDate),
        source: { name: { equals: w.source, mode: "insensitive" as const } },
      })),
    },
    select: { id: true, value: true, refDate: true, metric: { select: { slug: true } }, source: { select: { name: true } } },
    orderBy: { id: "asc" },
    take: 500,
  });
  return rows.map((f) => ({ id: f.id, metric: f.metric.slug, value: Number(f.value), refDate: dateToDay(f.refDate), source: f.source.name }));
}
