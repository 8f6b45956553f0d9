// Report writes, each with its audit entry.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
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
  const created = await client.report.create({ data: { ...report, publishedOn: dayToDate(report.publishedOn) } });
  await recordAudit(client, { entity: "Report", entityId: created.id, action: "create", after: created, actor });
  return { id: created.id };
}
