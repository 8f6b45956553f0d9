// Report writes, each in one transaction with its audit entry. Edits are optimistic: they apply only over the
// version the editor started from, so a save never silently overwrites someone else's.
import "server-only";
import { db, inTransaction, type DbOrTx, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { dateToDay, dayToDate } from "@/lib/dates";
import { toReportRecord } from "./queries";
import type { ReportInput } from "./schema";
import type { ReportRecord } from "./types";

export type NewReport = {
  title: string;
  url?: string | null;
  publishedOn: string;
  publisher?: string | null;
  language?: string;
  fullText?: string | null;
};

/** The URL belongs to another report: URLs are unique, so one report is never filed twice. */
export class ReportUrlTakenError extends Error {
  constructor(readonly onRecord: { id: number; title: string }) {
    super(`This URL is already on record as report ${onRecord.id}, \u201c${onRecord.title}\u201d.`);
    this.name = "ReportUrlTakenError";
  }
}

const isUniqueViolation = (err: unknown) => (err as { code?: unknown } | null)?.code === "P2002";

/** Refuses a URL another report has, before writing and (for two editors at once) when the unique index says so. */
async function guardUrl<T>(url: string | null | undefined, client: DbOrTx, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!url || !isUniqueViolation(err)) throw err;
    const other = await client.report.findUnique({ where: { url }, select: { id: true, title: true } }).catch(() => null);
    throw other ? new ReportUrlTakenError(other) : err;
  }
}

async function assertUrlFree(tx: Tx, url: string | null | undefined, self?: number): Promise<void> {
  if (!url) return;
  const other = await tx.report.findUnique({ where: { url }, select: { id: true, title: true } });
  if (other && other.id !== self) throw new ReportUrlTakenError(other);
}

const columns = (r: NewReport) => ({
  title: r.title,
  publisher: r.publisher ?? null,
  url: r.url ?? null,
  publishedOn: dayToDate(r.publishedOn),
  language: r.language ?? "en",
  fullText: r.fullText ?? null,
});

/** Adds a report. Throws ReportUrlTakenError when its URL is on record already. */
export async function createReport(
  { report, actor }: { report: NewReport; actor: string },
  client: DbOrTx = db(),
): Promise<{ id: number }> {
  return guardUrl(report.url, client, () =>
    inTransaction(client, async (tx) => {
      await assertUrlFree(tx, report.url);
      const created = await tx.report.create({ data: { ...columns(report), createdBy: actor, updatedBy: actor } });
      await recordAudit(tx, { entity: "Report", entityId: created.id, action: "create", after: created, actor });
      return { id: created.id };
    }),
  );
}

export type UpdateReportResult =
  | { ok: true; record: ReportRecord }
  /** someone saved a newer version: nothing was written; `current` is what is on record now */
  | { ok: false; reason: "conflict"; current: ReportRecord }
  | { ok: false; reason: "missing" };

/**
 * Saves the editor's input over `version`, the version their form started from. When the row has moved on,
 * nothing is written and the current row comes back, so the editor can compare and decide.
 */
export async function updateReport(
  { id, version, report, actor }: { id: number; version: number; report: ReportInput; actor: string },
  client: DbOrTx = db(),
): Promise<UpdateReportResult> {
  return guardUrl(report.url, client, () =>
    inTransaction(client, async (tx): Promise<UpdateReportResult> => {
      const before = await tx.report.findUnique({ where: { id } });
      if (!before) return { ok: false, reason: "missing" };
      if (before.version !== version) return { ok: false, reason: "conflict", current: toReportRecord(before) };
      await assertUrlFree(tx, report.url, id);
      // The version in the WHERE makes the check and the write one step: of two editors saving over the same
      // version, the second waits for the first's row lock, then matches nothing.
      const { count } = await tx.report.updateMany({
        where: { id, version },
        data: { ...columns(report), version: { increment: 1 }, updatedBy: actor },
      });
      if (count === 0) {
        const current = await tx.report.findUnique({ where: { id } });
        return current ? { ok: false, reason: "conflict", current: toReportRecord(current) } : { ok: false, reason: "missing" };
      }
      const after = await tx.report.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { entity: "Report", entityId: id, action: "update", before, after, actor });
      return { ok: true, record: toReportRecord(after) };
    }),
  );
}

/** Titles compared as people see them: spacing and case aside. */
const sameText = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The report a figure names: the one with its URL (or, without a URL, its title and date), created if new.
 * A URL on record with another title or date comes back as `onRecord`, for the caller to show. Runs in the
 * figure's transaction; a new URL is inserted with ON CONFLICT, so two editors naming it at once meet on one row.
 */
export async function findOrCreateReport(
  tx: Tx,
  { title, url, date, publisher: named }: { title: string; url?: string; date: string; publisher?: string },
  actor: string,
): Promise<{ id: number } | { onRecord: { title: string; date: string; titleDiffers: boolean; dateDiffers: boolean } }> {
  const publishedOn = dayToDate(date);
  if (!url) {
    const found = await tx.report.findFirst({ where: { url: null, title, publishedOn }, select: { id: true } });
    if (found) return found;
    const report = await tx.report.create({ data: { title, url: null, publishedOn, publisher: named ?? null, createdBy: actor, updatedBy: actor } });
    await recordAudit(tx, { entity: "Report", entityId: report.id, action: "create", after: report, actor });
    return report;
  }
  const publisher = named ?? new URL(url).hostname.replace(/^www\./, "");
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Report" (title, url, "publishedOn", publisher, "createdBy", "updatedBy")
    VALUES (${title}, ${url}, ${date}::date, ${publisher}, ${actor}, ${actor})
    ON CONFLICT (url) DO NOTHING RETURNING id`;
  const report = await tx.report.findUniqueOrThrow({ where: { url } });
  if (inserted.length) {
    await recordAudit(tx, { entity: "Report", entityId: report.id, action: "create", after: report, actor });
    return report;
  }
  const onRecord = { title: report.title, date: dateToDay(report.publishedOn) };
  const [titleDiffers, dateDiffers] = [!sameText(report.title, title), onRecord.date !== date];
  return titleDiffers || dateDiffers ? { onRecord: { ...onRecord, titleDiffers, dateDiffers } } : report;
}
