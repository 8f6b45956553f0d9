// Conflict writes, each with its audit entry.
import "server-only";
import { db, inTransaction, type DbOrTx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { dayToDate } from "@/lib/dates";

export type NewConflict = { slug: string; name: string; region: string; startDate: string };

export async function createConflict(
  { conflict, actor }: { conflict: NewConflict; actor: string },
  client: DbOrTx = db(),
): Promise<{ id: number; slug: string }> {
  return inTransaction(client, async (tx) => {
    const created = await tx.conflict.create({ data: { ...conflict, startDate: dayToDate(conflict.startDate) } });
    await recordAudit(tx, { entity: "Conflict", entityId: created.id, action: "create", after: created, actor });
    return { id: created.id, slug: created.slug };
  });
}
