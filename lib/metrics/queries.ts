// Metric reads: the list offered by the entry form.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";

export type MetricOption = { slug: string; name: string; kind: "stock" | "rate"; unit: string };

export async function listMetrics(client: DbOrTx = db()): Promise<MetricOption[]> {
  const rows = await client.metric.findMany({ orderBy: { id: "asc" } });
  return rows.map((m) => ({ slug: m.slug, name: m.name, kind: m.kind, unit: m.unit }));
}
