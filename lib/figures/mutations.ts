// Figure writes. Each runs in one transaction with its audit entries: the figure, any new report or source,
// and the audit events land together or not at all.
import "server-only";
import { db, inTransaction, type DbOrTx, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { dateToDay, dayToDate, formatDay } from "@/lib/dates";
import type { FigureFieldErrors, FigureInput } from "./schema";

export type CreateFigureResult =
  | { ok: true; id: number; conflictSlug: string }
  | { ok: false; errors: FigureFieldErrors };

const sameTitle = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The source named in the input, created if new. INSERT … ON CONFLICT makes two editors naming the same new
 * source at once meet on one row instead of one of them failing on the unique name.
 */
async function resolveSource(tx: Tx, input: FigureInput, actor: string): Promise<number> {
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Source" (name, kind) VALUES (${input.source}, ${input.sourceKind}::"SourceKind")
    ON CONFLICT (name) DO NOTHING RETURNING id`;
  const source = await tx.source.findUniqueOrThrow({ where: { name: input.source } });
  if (inserted.length) await recordAudit(tx, { entity: "Source", entityId: source.id, action: "create", after: source, actor });
  return source.id;
}

/**
 * The report the input names: the one with its URL (or, without a URL, its title and date), created if new.
 * A URL already on record with another title or date is a mistake to show, not to paper over: the figure's
 * dates were checked against the date the person typed.
 */
async function resolveReport(tx: Tx, input: FigureInput, actor: string): Promise<{ id: number } | { errors: FigureFieldErrors }> {
  const publishedOn = dayToDate(input.reportDate);
  if (!input.reportUrl) {
    const found = await tx.report.findFirst({ where: { url: null, title: input.reportTitle, publishedOn } });
    if (found) return found;
  } else {
    const publisher = new URL(input.reportUrl).hostname.replace(/^www\./, "");
    const inserted = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Report" (title, url, "publishedOn", publisher)
      VALUES (${input.reportTitle}, ${input.reportUrl}, ${input.reportDate}::date, ${publisher})
      ON CONFLICT (url) DO NOTHING RETURNING id`;
    const report = await tx.report.findUniqueOrThrow({ where: { url: input.reportUrl } });
    if (inserted.length) {
      await recordAudit(tx, { entity: "Report", entityId: report.id, action: "create", after: report, actor });
      return report;
    }
    const onRecord = `This URL is on record as \u201c${report.title}\u201d, published ${formatDay(dateToDay(report.publishedOn))}`;
    const errors: FigureFieldErrors = {};
    if (dateToDay(report.publishedOn) !== input.reportDate) errors.reportDate = [`${onRecord}: use that date, or check the URL.`];
    if (!sameTitle(report.title, input.reportTitle)) errors.reportTitle = [`${onRecord}: use that title, or check the URL.`];
    return errors.reportDate || errors.reportTitle ? { errors } : report;
  }
  const report = await tx.report.create({ data: { title: input.reportTitle, url: null, publishedOn } });
  await recordAudit(tx, { entity: "Report", entityId: report.id, action: "create", after: report, actor });
  return report;
}

export async function createFigure(
  { input, actor, status = "published" }: { input: FigureInput; actor: string; status?: "draft" | "published" },
  client: DbOrTx = db(),
): Promise<CreateFigureResult> {
  return inTransaction(client, async (tx): Promise<CreateFigureResult> => {
    const [conflict, metric] = await Promise.all([
      tx.conflict.findUnique({ where: { slug: input.conflict } }),
      tx.metric.findUnique({ where: { slug: input.metric } }),
    ]);
    const errors: FigureFieldErrors = {};
    if (!conflict) errors.conflict = [`There is no conflict \u201c${input.conflict}\u201d: choose one from the list.`];
    if (!metric) errors.metric = [`There is no metric \u201c${input.metric}\u201d: choose one from the list.`];
    if (!conflict || !metric) return { ok: false, errors };

    const report = await resolveReport(tx, input, actor);
    if ("errors" in report) return { ok: false, errors: report.errors };
    const sourceId = await resolveSource(tx, input, actor);
    const figure = await tx.figure.create({
      data: {
        conflictId: conflict.id,
        metricId: metric.id,
        value: BigInt(input.value),
        low: input.low === undefined ? null : BigInt(input.low),
        high: input.high === undefined ? null : BigInt(input.high),
        qualifier: input.qualifier,
        refDate: dayToDate(input.refDate),
        periodStart: input.periodStart ? dayToDate(input.periodStart) : null,
        reportId: report.id,
        sourceId,
        quote: input.quote,
        note: input.note ?? null,
        status,
        createdBy: actor,
        updatedBy: actor,
      },
    });
    await recordAudit(tx, { entity: "Figure", entityId: figure.id, action: "create", after: figure, actor });
    return { ok: true, id: figure.id, conflictSlug: conflict.slug };
  });
}
