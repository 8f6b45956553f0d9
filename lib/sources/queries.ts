// Source reads: the names offered by the entry form.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";

export async function listSourceNames(client: DbOrTx = db()): Promise<string[]> {
  const rows = await client.source.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return rows.map((s) => s.name);
}
