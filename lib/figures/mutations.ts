// Figure writes. Each runs in one transaction with its audit entry: the figure, any new report or source,
// and the audit events land together or not at all.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { dayToDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FigureFieldErrors, FigureInput } from "./schema";

export type CreateFigureResult =
  | { ok: true; id: number; conflictSlug: string }
  | { ok: false; errors: FigureFieldErrors };

type Tx = Prisma.TransactionClient;

async function findOrCreateSource(tx: Tx, input: FigureInput, actor: string) {
  const existing = await tx.source.findUnique({ where: { name: input.source } });
  if (existing) return existing;
  const source = await tx.source.create({ data: { name: input.source, kind: input.sourceKind } });
  await recordAudit(tx, { entity: "Source", entityId: source.id, action: "create", after: source, actor });
  return source;
}

/** A report is the same report when its URL matches, or, without a URL, its title and date. */
async function findOrCreateReport(tx: Tx, input: FigureInput, actor: string) {
  const publishedOn = dayToDate(input.reportDate);
  const existing = input.reportUrl
    ? await tx.report.findUnique({ where: { url: input.reportUrl } })
    : await tx.report.findFirst({ where: { url: null, title: input.reportTitle, publishedOn } });
  if (existing) return existing;
  const publisher = input.reportUrl ? new URL(input.reportUrl).hostname.replace(/^www\./, "") : null;
  const report = await tx.report.create({
    data: { title: input.reportTitle, url: input.reportUrl ?? null, publishedOn, publisher },
  });
  await recordAudit(tx, { entity: "Report", entityId: report.id, action: "create", after: report, actor });
  return report;
}

export async function createFigure(
  { input, actor, status = "published" }: { input: FigureInput; actor: string; status?: "draft" | "published" },
  client: DbOrTx = db(),
): Promise<CreateFigureResult> {
  const run = async (tx: Tx): Promise<CreateFigureResult> => {
    const [conflict, metric] = await Promise.all([
      tx.conflict.findUnique({ where: { slug: input.conflict } }),
      tx.metric.findUnique({ where: { slug: input.metric } }),
    ]);
    const errors: FigureFieldErrors = {};
    if (!conflict) errors.conflict = [`There is no conflict \u201c${input.conflict}\u201d: choose one from the list.`];
    if (!metric) errors.metric = [`There is no metric \u201c${input.metric}\u201d: choose one from the list.`];
    if (!conflict || !metric) return { ok: false, errors };

    const source = await findOrCreateSource(tx, input, actor);
    const report = await findOrCreateReport(tx, input, actor);
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
        sourceId: source.id,
        quote: input.quote,
        note: input.note ?? null,
        status,
        createdBy: actor,
        updatedBy: actor,
      },
    });
    await recordAudit(tx, { entity: "Figure", entityId: figure.id, action: "create", after: figure, actor });
    return { ok: true, id: figure.id, conflictSlug: conflict.slug };
  };
  // Join the caller's transaction when given one; otherwise open our own.
  return "$transaction" in client ? client.$transaction(run) : run(client);
}
