// Writes an import: every valid row in one transaction, or none. Sources and reports it names are found or
// created; rows that revise another row of the file (or a stored figure) are linked; one audit event names
// every row and the figure it became.
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/mutations";
import { db, inTransaction, type DbOrTx, type Tx } from "@/lib/db";
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

type NewFigure = ReturnType<typeof figureData> & { status: "draft" | "published" };

/**
 * Many figures in one statement, column by column through unnest (bind parameters per column, not per cell):
 * Prisma's createMany builds and decodes a statement per cell, most of a large import's time. Their ids, in
 * the order given: a statement's ids come from the sequence in the order it inserts, which ORDER BY fixes.
 */
async function insertFigures(tx: Tx, figures: readonly NewFigure[], { actor, now }: { actor: string; now: Date }): Promise<number[]> {
  const col = <T>(f: (x: NewFigure) => T) => figures.map(f);
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const big = (v: bigint | null) => (v === null ? null : v.toString());
  const stamp = now.toISOString(); // the columns are UTC wall time, as Prisma writes them
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Figure" ("conflictId", "metricId", value, low, high, qualifier, "refDate", "periodStart", "reportId", "sourceId",
                          quote, note, "supersedesId", status, "createdBy", "updatedBy", "updatedAt", "publishedBy", "publishedAt")
    SELECT c, m, v, lo, hi, q::"Qualifier", rd, ps, rp, so, qu, no, su, st::"FigureStatus", ${actor}, ${actor}, ${stamp}::timestamp,
           CASE WHEN st = 'published' THEN ${actor} END, CASE WHEN st = 'published' THEN ${stamp}::timestamp END
      FROM unnest(${col((f) => f.conflictId)}::int[], ${col((f) => f.metricId)}::int[], ${col((f) => big(f.value))}::bigint[],
                  ${col((f) => big(f.low))}::bigint[], ${col((f) => big(f.high))}::bigint[], ${col((f) => f.qualifier)}::text[],
                  ${col((f) => day(f.refDate))}::date[], ${col((f) => day(f.periodStart))}::date[], ${col((f) => f.reportId)}::int[],
                  ${col((f) => f.sourceId)}::int[], ${col((f) => f.quote)}::text[], ${col((f) => f.note)}::text[],
                  ${col((f) => f.supersedesId)}::int[], ${col((f) => f.status)}::text[])
           WITH ORDINALITY AS t(c, m, v, lo, hi, q, rd, ps, rp, so, qu, no, su, st, n)
     ORDER BY n
    RETURNING id`;
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

const reportKey = (r: ImportRow) => (r.input.reportUrl ? `url ${r.input.reportUrl}` : `title ${r.input.reportTitle}\u0000${r.input.reportDate}`);

export async function commitImport(
  { rows, actor, fileName, review = "none", fileHasIds = false }: { rows: readonly ImportRow[]; actor: string; fileName: string; review?: ReviewPolicy; fileHasIds?: boolean },
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
          const report = await findOrCreateReport(tx, { title: r.input.reportTitle, url: r.input.reportUrl, date: r.input.reportDate, publisher: r.publisher ?? undefined }, actor);
          if ("onRecord" in report) {
            errors.push({ row: r.row, column: "report_url", message: `This URL is on record as “${report.onRecord.title}” of ${report.onRecord.date}: use that title and date, or another URL.` });
          } else reports.set(key, report.id);
        }
        if (errors.length) throw new Refused(errors);

        const now = new Date();
        // under the two-person rule nobody publishes their own figures, imported or typed
        const statusOf = (r: ImportRow): "draft" | "published" => (r.input.intent === "draft" || review === "two-person" ? "draft" : "published");
        const ids: number[] = [];
        for (let i = 0; i < rows.length; i += 10_000) {
          const chunk = rows.slice(i, i + 10_000).map((r) => {
            const status = statusOf(r);
            const refs = { conflictId: conflicts.get(r.input.conflict)!, conflictSlug: r.input.conflict, metricId: metrics.get(r.input.metric)!, reportId: reports.get(reportKey(r))!, sourceId: sources.get(r.input.source.toLowerCase())! };
            return { ...figureData(r.input, refs), status };
          });
          ids.push(...(await insertFigures(tx, chunk, { actor, now })));
        }
        await linkRevisions(tx, rows, ids, fileHasIds);
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

/**
 * `revises_figure_id`: in a file whose rows carry figure_id (an export) it names an EARLIER row of the file, so
 * a file can never make a cycle; in a file without one it names a stored figure. Either way a revision is the
 * same conflict, metric and source revising a live figure that nothing else revises, as in the form.
 */
async function linkRevisions(tx: Tx, rows: readonly ImportRow[], ids: readonly number[], fileHasIds: boolean): Promise<void> {
  const earlier = new Map<number, number>();
  const errors: RowError[] = [];
  const fail = (r: ImportRow, message: string) => errors.push({ row: r.row, column: "revises_figure_id", message });
  for (const [i, r] of rows.entries()) {
    const target = r.revisesFileId === null ? undefined : fileHasIds ? earlier.get(r.revisesFileId) : r.revisesFileId;
    if (r.fileId !== null) earlier.set(r.fileId, ids[i]!);
    if (r.revisesFileId === null) continue;
    if (target === undefined) {
      fail(r, `Figure ${r.revisesFileId} is not a row above this one in the file: a revision comes after the figure it revises.`);
      continue;
    }
    // one after the other: a transaction's queries share one connection
    const me = await tx.figure.findUniqueOrThrow({ where: { id: ids[i]! }, select: { conflictId: true, metricId: true, sourceId: true } });
    const old = await tx.figure.findUnique({ where: { id: target }, select: { conflictId: true, metricId: true, sourceId: true, deletedAt: true, supersededBy: { select: { id: true } } } });
    if (!old || old.deletedAt) fail(r, `Figure ${r.revisesFileId} does not exist or was deleted: clear revises_figure_id or name another.`);
    else if (old.supersededBy) fail(r, `Figure ${r.revisesFileId} has already been revised; a figure is revised once.`);
    else if (old.conflictId !== me.conflictId || old.metricId !== me.metricId || old.sourceId !== me.sourceId) {
      fail(r, `Figure ${r.revisesFileId} is another source's, metric's or conflict's number: a revision is the same source revising its own figure.`);
    } else await tx.figure.update({ where: { id: ids[i]! }, data: { supersedesId: target } });
  }
  if (errors.length) throw new Refused(errors);
}
