// The data version: one number every committed change to charted data moves on (see the DataVersion model).
import "server-only";
import { db, type DbOrTx } from "@/lib/db";

/** The current data version, as a string (a bigint, compared for equality only). */
export async function getDataVersion(client: DbOrTx = db()): Promise<string> {
  const row = await client.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return String(row?.version ?? 0n);
}
