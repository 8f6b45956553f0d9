// Metric reads: the list offered by the entry form.
import "server-only";
import { hasNoNul } from "@/lib/storable-text";
import { db, type DbOrTx } from "@/lib/db";

export type MetricOption = { slug: string; name: string; kind: "stock" | "rate"; unit: string };

export async function listMetrics(client: DbOrTx = db()): Promise<MetricOption[]> {
  const rows = await client.metric.findMany({ orderBy: { id: "asc" } });
  return rows.map((m) => ({ slug: m.slug, name: m.name, kind: m.kind, unit: m.unit }));
}

export type MetricRow = MetricOption & { id: number; hxlTag: string; figures: number };

/** Every metric with how many live figures use it, for the admin page. */
export async function listMetricRows(client: DbOrTx = db()): Promise<MetricRow[]> {
  const rows = await client.metric.findMany({ orderBy: { id: "asc" }, include: { _count: { select: { figures: { where: { deletedAt: null } } } } } });
  return rows.map((m) => ({ id: m.id, slug: m.slug, name: m.name, kind: m.kind, unit: m.unit, hxlTag: m.hxlTag, figures: m._count.figures }));
}

export async function getMetric({ slug }: { slug: string }, client: DbOrTx = db()): Promise<(MetricOption & { hxlTag: string }) | null> {
  if (!hasNoNul(slug)) return null; // no slug holds one, and the database would refuse the query
  const m = await client.metric.findUnique({ where: { slug } });
  return m && { slug: m.slug, name: m.name, kind: m.kind, unit: m.unit, hxlTag: m.hxlTag };
}
