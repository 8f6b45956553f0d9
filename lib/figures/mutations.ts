// Figure writes. Each runs in one transaction with its audit entries: the figure, any new report or source,
// and the audit events land together or not at all. Edits, deletes, restores and publishing match on the
// version the person saw, so a save never silently overwrites someone else's.
import "server-only";
import { db, inTransaction, type DbOrTx, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { dayToDate, formatDay } from "@/lib/dates";
import { Prisma, type FigureStatus } from "@/lib/generated/prisma/client";
import { isRateUnit } from "@/lib/metrics/schema";
import { findOrCreateReport } from "@/lib/reports/mutations";
import { findQuote } from "@/lib/reports/quote-match";
import { findOrCreateSource } from "@/lib/sources/mutations";
import { listRevisedChain } from "./queries";
import type { FigureFieldErrors, FigureInput } from "./schema";

/** A report URL already on record with another title or date: a mistake to show, not to paper over (the
 * figure's dates were checked against the date the person typed). */
function reportMismatch(onRecord: { title: string; date: string; titleDiffers: boolean; dateDiffers: boolean }): FigureFieldErrors {
  const said = `This URL is on record as \u201c${onRecord.title}\u201d, published ${formatDay(onRecord.date)}`;
  const errors: FigureFieldErrors = {};
  if (onRecord.dateDiffers) errors.reportDate = [`${said}: use that date, or check the URL.`];
  if (onRecord.titleDiffers) errors.reportTitle = [`${said}: use that title, or check the URL.`];
  return errors;
}

export type CreateFigureResult =
  | { ok: true; id: number; conflictSlug: string; status: FigureStatus; duplicates: number[] }
  | { ok: false; errors: FigureFieldErrors };

export type Refs = { conflictId: number; conflictSlug: string; metricId: number; reportId: number; sourceId: number };

/**
 * Everything a figure points to, checked: conflict, metric, report (chosen, or named and created if new),
 * source (created if new), the quote against the report's stored text, and the figure it revises.
 */
async function resolveRefs(tx: Tx, input: FigureInput, actor: string, self?: number): Promise<Refs | { errors: FigureFieldErrors }> {
  // one after the other: a transaction's queries share one connection, which runs one at a time
  const conflict = await tx.conflict.findUnique({ where: { slug: input.conflict } });
  const metric = await tx.metric.findUnique({ where: { slug: input.metric } });
  const errors: FigureFieldErrors = {};
  if (!conflict) errors.conflict = [`There is no conflict \u201c${input.conflict}\u201d: choose one from the list.`];
  if (!metric) errors.metric = [`There is no metric \u201c${input.metric}\u201d: choose one from the list.`];
  if (!conflict || !metric) return { errors };
  if (metric.kind === "rate" && !isRateUnit(metric.unit)) {
    return { errors: { metric: [`\u201c${metric.name}\u201d is a rate without a per-period unit: ask an admin to fix the metric, or choose another.`] } };
  }

  const report = input.reportId ? await tx.report.findUnique({ where: { id: input.reportId } }) : null;
  if (input.reportId && !report) return { errors: { reportId: ["That report no longer exists: choose another or enter the report's details."] } };
  const resolved = report ?? (await findOrCreateReport(tx, { title: input.reportTitle, url: input.reportUrl, date: input.reportDate }, actor));
  if ("onRecord" in resolved) return { errors: reportMismatch(resolved.onRecord) };
  const fullText = report ? report.fullText : (await tx.report.findUniqueOrThrow({ where: { id: resolved.id }, select: { fullText: true } })).fullText;
  if (input.quote && fullText) {
    const match = findQuote(fullText, input.quote);
    if (!match.found) {
      errors.quote = [
        match.suggestion
          ? `These words are not in the report's text. The closest passage is \u201c${match.suggestion}\u201d: copy the source's exact words.`
          : "These words are not in the report's text: copy the source's exact words from the report.",
      ];
      return { errors };
    }
  }
  const sourceId = await findOrCreateSource(tx, { name: input.source, kind: input.sourceKind }, actor);

  const unchanged = self !== undefined && (await tx.figure.findUnique({ where: { id: self }, select: { supersedesId: true } }))?.supersedesId === input.supersedesId;
  if (input.supersedesId && !unchanged) {
    const old = await tx.figure.findUnique({ where: { id: input.supersedesId }, include: { supersededBy: { select: { id: true } } } });
    const problem = !old || old.deletedAt
      ? "The figure this one revises no longer exists: clear \u201cRevises figure #\u201d, or enter another."
      : old.id === self
        ? "A figure cannot revise itself."
        : self !== undefined && (await listRevisedChain({ id: old.id }, tx)).includes(self)
          ? `Figure #${old.id} is itself a revision of this figure: a figure cannot revise its own revision.`
        : old.supersededBy && old.supersededBy.id !== self
          ? `Figure #${old.id} has already been revised by figure #${old.supersededBy.id}: revise that one instead.`
          : old.sourceId !== sourceId || old.metricId !== metric.id || old.conflictId !== conflict.id
            ? `Figure #${old.id} is another source's, metric's or conflict's number: a revision is the same source revising its own figure.`
            : null;
    if (problem) return { errors: { supersedesId: [problem] } };
  }
  return { conflictId: conflict.id, conflictSlug: conflict.slug, metricId: metric.id, reportId: resolved.id, sourceId };
}

export function figureData(input: FigureInput, refs: Refs) {
  return {
    conflictId: refs.conflictId,
    metricId: refs.metricId,
    value: BigInt(input.value),
    low: input.low === undefined ? null : BigInt(input.low),
    high: input.high === undefined ? null : BigInt(input.high),
    qualifier: input.qualifier,
    refDate: dayToDate(input.refDate),
    periodStart: input.periodStart ? dayToDate(input.periodStart) : null,
    reportId: refs.reportId,
    sourceId: refs.sourceId,
    quote: input.quote ?? null,
    note: input.note ?? null,
    supersedesId: input.supersedesId ?? null,
  };
}

/** Other live figures with the same source, metric, value and date: probably a double entry, worth a warning. */
async function findDuplicates(tx: Tx, figure: { id: number; sourceId: number; metricId: number; value: bigint; refDate: Date }): Promise<number[]> {
  const rows = await tx.figure.findMany({
    where: { id: { not: figure.id }, sourceId: figure.sourceId, metricId: figure.metricId, value: figure.value, refDate: figure.refDate, deletedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}

/**
 * A refusal found after something was already written in the transaction (a new source or report): thrown
 * to roll all of it back, then returned to the caller as the result.
 */
class Refused<T> extends Error {
  constructor(readonly result: T) {
    super("refused");
  }
}

const revisionTaken = (err: unknown) =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002" && JSON.stringify(err.meta ?? {}).includes("supersedesId");

const REVISION_TAKEN: FigureFieldErrors = { supersedesId: ["Someone else has just revised that figure: open it to see the newer one."] };

export async function createFigure(
  { input, actor, status = input.intent === "draft" ? "draft" : "published" }: { input: FigureInput; actor: string; status?: FigureStatus },
  client: DbOrTx = db(),
): Promise<CreateFigureResult> {
  try {
    return await inTransaction(client, async (tx): Promise<CreateFigureResult> => {
      const refs = await resolveRefs(tx, input, actor);
      if ("errors" in refs) throw new Refused<CreateFigureResult>({ ok: false, errors: refs.errors });
      const now = new Date();
      const figure = await tx.figure.create({
        data: {
          ...figureData(input, refs),
          status,
          createdBy: actor,
          updatedBy: actor,
          ...(status === "published" ? { publishedBy: actor, publishedAt: now } : {}),
        },
      });
      await recordAudit(tx, { entity: "Figure", entityId: figure.id, action: "create", after: figure, actor });
      return { ok: true, id: figure.id, conflictSlug: refs.conflictSlug, status, duplicates: await findDuplicates(tx, figure) };
    });
  } catch (err) {
    if (err instanceof Refused) return err.result as CreateFigureResult;
    if (revisionTaken(err)) return { ok: false, errors: REVISION_TAKEN };
    throw err;
  }
}

/** The figure as someone else saved it, for the side-by-side view when a save meets a newer version. */
export type FigureConflict = { figure: FigureRecord; by: string; at: string };
export type FigureRecord = NonNullable<Awaited<ReturnType<typeof loadFigure>>>;

const loadFigure = (tx: DbOrTx, id: number) =>
  tx.figure.findUnique({ where: { id }, include: { conflict: true, metric: true, source: true, report: true } });

export type UpdateFigureResult =
  | { ok: true; id: number; conflictSlug: string; status: FigureStatus; duplicates: number[] }
  | { ok: false; errors: FigureFieldErrors }
  | { ok: false; conflict: FigureConflict }
  | { ok: false; gone: string };

/**
 * Saves an edit made on version `version`. Someone else's save in between is never overwritten: the update
 * matches on the version, and when it matches nothing the current figure comes back for the person to compare.
 */
export async function updateFigure(
  { id, version, input, actor, status }: { id: number; version: number; input: FigureInput; actor: string; status: FigureStatus },
  client: DbOrTx = db(),
): Promise<UpdateFigureResult> {
  try {
    return await inTransaction(client, async (tx): Promise<UpdateFigureResult> => {
      const before = await tx.figure.findUnique({ where: { id } });
      if (!before || before.deletedAt) return { ok: false, gone: "This figure has been deleted since you opened it. Restore it first to edit it." };
      if (before.version !== version) throw new Stale();
      const refs = await resolveRefs(tx, input, actor, id);
      if ("errors" in refs) throw new Refused<UpdateFigureResult>({ ok: false, errors: refs.errors });
      const publishing = status === "published" && before.status !== "published";
      const changed = await tx.figure.updateMany({
        where: { id, version },
        data: {
          ...figureData(input, refs),
          status,
          updatedBy: actor,
          version: { increment: 1 },
          ...(publishing ? { publishedBy: actor, publishedAt: new Date() } : {}),
          ...(status === "draft" ? { publishedBy: null, publishedAt: null } : {}),
        },
      });
      if (changed.count === 0) throw new Stale();
      const after = await tx.figure.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { entity: "Figure", entityId: id, action: publishing ? "publish" : "update", before, after, actor });
      return { ok: true, id, conflictSlug: refs.conflictSlug, status, duplicates: await findDuplicates(tx, after) };
    });
  } catch (err) {
    if (err instanceof Refused) return err.result as UpdateFigureResult;
    // the newer version is read once the transaction has ended: Prisma reads a figure's relations in parallel,
    // which one transaction's single connection does not take (pg warns, and pg 9 refuses)
    if (err instanceof Stale) return { ok: false, conflict: await conflictOf(client, id) };
    if (revisionTaken(err)) return { ok: false, errors: REVISION_TAKEN };
    throw err;
  }
}

/** A save made on an older version: nothing is written, and the current figure goes back to compare. */
class Stale extends Error {}

async function conflictOf(client: DbOrTx, id: number): Promise<FigureConflict> {
  const figure = await loadFigure(client, id);
  if (!figure) throw new Error(`figure ${id} vanished`);
  return { figure, by: figure.updatedBy, at: figure.updatedAt.toISOString() };
}

/**
 * The figure a restored revision revised before it was deleted (from the delete's audit event), if it can
 * take it back: it still exists and nothing else has revised it since.
 */
async function relinkOnRestore(tx: Tx, id: number): Promise<number | null> {
  const deletion = await tx.auditEvent.findFirst({ where: { entity: "Figure", entityId: String(id), action: "delete" }, orderBy: { id: "desc" } });
  const was = (deletion?.before as { supersedesId?: number | null } | null)?.supersedesId;
  if (!was) return null;
  const old = await tx.figure.findUnique({ where: { id: was }, include: { supersededBy: { select: { id: true } } } });
  return old && !old.deletedAt && !old.supersededBy ? old.id : null;
}

/**
 * What stops a draft from being published now: the rules that depend on its report, checked again because
 * the report's text or date may have been edited since the draft was saved.
 */
async function publishProblem(tx: Tx, figure: { quote: string | null; reportId: number; refDate: Date; qualifier: string }): Promise<string | null> {
  if (!figure.quote) return "A quote is required to publish: edit the figure and paste the source's exact words first.";
  const report = await tx.report.findUniqueOrThrow({ where: { id: figure.reportId }, select: { fullText: true, publishedOn: true } });
  if (report.fullText && !findQuote(report.fullText, figure.quote).found) {
    return "The quote is no longer in the report's text (the report was edited): edit the figure and copy the exact words before publishing.";
  }
  if (figure.qualifier !== "projected" && figure.refDate > report.publishedOn) {
    return "The figure refers to a date after its report's publication date (the report was edited): edit the figure before publishing.";
  }
  return null;
}

export type LifecycleResult = { ok: true; conflictSlug: string } | { ok: false; error: string };

/**
 * Delete (soft), restore or publish one figure, as seen at `version`. One audit event each; a figure changed
 * meanwhile is refused with who changed it, so nobody deletes or publishes a number they have not seen.
 */
export async function changeFigureLifecycle(
  { id, version, action, actor }: { id: number; version: number; action: "delete" | "restore" | "publish"; actor: string },
  client: DbOrTx = db(),
): Promise<LifecycleResult> {
  return inTransaction(client, async (tx): Promise<LifecycleResult> => {
    const before = await tx.figure.findUnique({ where: { id }, include: { conflict: { select: { slug: true } } } });
    if (!before) return { ok: false, error: "This figure does not exist." };
    if (before.version !== version) {
      return { ok: false, error: `${before.updatedBy} changed this figure at ${before.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC since you opened it. Reload the page to see the current version, then try again.` };
    }
    const data =
      action === "delete"
        ? // a deleted revision at the head of its chain lets go of the figure it revised, so that one can be
          // revised again; one that has been revised itself keeps the chain (the older figures stay behind it)
          before.deletedAt ? null : { deletedAt: new Date(), deletedBy: actor, ...((await tx.figure.count({ where: { supersedesId: id } })) ? {} : { supersedesId: null }) }
        : action === "restore"
          ? before.deletedAt ? { deletedAt: null, deletedBy: null, supersedesId: await relinkOnRestore(tx, id) } : null
          : before.status === "published" || before.deletedAt ? null : { status: "published" as const, publishedBy: actor, publishedAt: new Date() };
    if (action === "publish" && data) {
      const problem = await publishProblem(tx, before);
      if (problem) return { ok: false, error: problem };
    }
    if (!data) {
      const state = before.deletedAt ? "deleted" : before.status;
      return { ok: false, error: `This figure is already ${state}; there is nothing to ${action}.` };
    }
    const changed = await tx.figure.updateMany({ where: { id, version }, data: { ...data, updatedBy: actor, version: { increment: 1 } } });
    if (changed.count === 0) return { ok: false, error: "Someone changed this figure a moment ago. Reload the page and try again." };
    const { conflict: _c, ...plain } = before;
    const after = await tx.figure.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { entity: "Figure", entityId: id, action, before: plain, after, actor });
    return { ok: true, conflictSlug: before.conflict.slug };
  });
}
