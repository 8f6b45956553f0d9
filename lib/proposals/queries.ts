// Reads for the review screen: the decisions taken on a report's proposals, and its figures as the review
// compares them.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import type { ReportFigure, StoredDecision } from "./review";

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
