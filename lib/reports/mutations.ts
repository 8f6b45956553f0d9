// Report writes, each with its audit entry.
import "server-only";
import { db, inTransaction, type DbOrTx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { dayToDate } from "@/lib/dates";

export type NewReport = {
  title: string;
  url?: string | null;
  publishedOn: string;
  publisher?: string | null;
  language?: string;
  fullText?: string | null;
};

export async function createReport(
  { report, actor }: { report: NewReport; actor: string },
  client: DbOrTx = db(),
): Promise<{ id: number }> {
  return inTransaction(client, async (tx) => {
    const created = await tx.report.create({ data: { ...report, publishedOn: dayToDate(report.publishedOn) } });
    await recordAudit(tx, { entity: "Report", entityId: created.id, action: "create", after: created, actor });
    return { id: created.id };
  });
}
