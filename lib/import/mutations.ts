// Writes an import: every valid row in one transaction, or none. Sources and reports it names are found or
// created; rows that revise another row of the file (or a stored figure) are linked; one audit event names
// every row and the figure it became.
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/mutations";
import { db, inTransaction, type DbOrTx } from "@/lib/db";
import { figureData } from "@/lib/figures/mutations";
import type { ReviewPolicy } from "@/lib/figures/review";
import { findOrCreateReport } from "@/lib/reports/mutations";
import { findOrCreateSource } from "@/lib/sources/mutations";
import type { ImportRow, RowError } from "./analyse";

export type CommitResult = { ok: true; importId: string; created: number; drafts: number } | { ok: false; errors: RowError[] };

class Refused extends Error {
  constructor(readonly errors: RowError[]) {
    super("import refused");
  }
}

const reportKey = (r: ImportRow) => (r.input.reportUrl ? `url ${r.input.reportUrl}` : `title ${r.input.reportTitle}\u0000${r.input.reportDate}`);

export async function commitImport(
  { rows, actor, fileName, review = "none" }: { rows: readonly ImportRow[]; actor: string; fileName: string; review?: ReviewPolicy },
  client: DbOrTx = db(),
): Promise<CommitResult> {
  try {
    return await inTransaction(
      client,
      async (tx) => {
        const conflicts = new Map((await tx.conflict.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
        const metrics = new Map((await tx.metric.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
        const sources = new Map<string, number>();
        const reports = new Map<string, number>();
        const errors: RowError[] = [];
        for (const r of rows) {
          const sourceName = r.input.source.toLowerCase();
          if (!sources.has(sourceName)) sources.set(sourceName, await findOrCreateSource(tx, { name: r.input.source, kind: r.input.sourceKind }, actor));
          const key = reportKey(r);
          if (reports.has(key)) continue;
          const report = await findOrCreateReport(tx, { title: r.input.reportTitle, url: r.input.reportUrl, date: r.input.reportDate }, actor);
          if ("onRecord" in report) {
            errors.push({ row: r.row, column: "report_url", message: `This URL is on record as “${report.onRecord.title}” of ${report.onRecord.date}: use that title and date, or another URL.` });
          } else reports.set(key, report.id);
        }
        if (errors.length) throw new Refused(errors);

        const now = new Date();
        // under the two-person rule nobody publishes their own figures, imported or typed
        const statusOf = (r: ImportRow) => (r.input.intent === "draft" || review === "two-person" ? "draft" : "published");
        const ids: number[] = [];
        for (let i = 0; i < rows.length; i += 2000) {
          const created = await tx.figure.createManyAndReturn({
            data: rows.slice(i, i + 2000).map((r) => {
              const status = statusOf(r);
              const refs = { conflictId: conflicts.get(r.input.conflict)!, conflictSlug: r.input.conflict, metricId: metrics.get(r.input.metric)!, reportId: reports.get(reportKey(r))!, sourceId: sources.get(r.input.source.toLowerCase())! };
              return { ...figureData(r.input, refs), supersedesId: null, status, createdBy: actor, updatedBy: actor, ...(status === "published" ? { publishedBy: actor, publishedAt: now } : {}) };
            }),
            select: { id: true },
          });
          ids.push(...created.map((c) => c.id));
        }
        await linkRevisions(tx, rows, ids);
        const importId = randomUUID();
        await recordAudit(tx, {
          entity: "Import",
          entityId: importId,
          action: "import",
          after: { file: fileName, figures: rows.length, rows: rows.map((r, i) => ({ row: r.row, figure: ids[i] })) },
          actor,
        });
        return { ok: true as const, importId, created: ids.length, drafts: rows.filter((r) => statusOf(r) === "draft").length };
      },
      { timeout: 10 * 60_000 },
    );
  } catch (err) {
    if (err instanceof Refused) return { ok: false, errors: err.errors };
    throw err;
  }
}

/** `revises_figure_id` names a row of this file (by its figure_id) or else a stored figure. */
async function linkRevisions(tx: DbOrTx, rows: readonly ImportRow[], ids: readonly number[]): Promise<void> {
  const byFileId = new Map<number, number>();
  rows.forEach((r, i) => r.fileId !== null && byFileId.set(r.fileId, ids[i]!));
  const errors: RowError[] = [];
  for (const [i, r] of rows.entries()) {
    if (r.revisesFileId === null) continue;
    const target = byFileId.get(r.revisesFileId) ?? (await tx.figure.findUnique({ where: { id: r.revisesFileId }, select: { id: true } }))?.id;
    if (target === undefined) {
      errors.push({ row: r.row, column: "revises_figure_id", message: `Figure ${r.revisesFileId} is neither a row of this file (figure_id) nor a stored figure.` });
      continue;
    }
    const taken = await tx.figure.findFirst({ where: { supersedesId: target }, select: { id: true } });
    if (taken) errors.push({ row: r.row, column: "revises_figure_id", message: `Figure ${r.revisesFileId} has already been revised (by #${taken.id}); a figure is revised once.` });
    else await tx.figure.update({ where: { id: ids[i]! }, data: { supersedesId: target } });
  }
  if (errors.length) throw new Refused(errors);
}
