// What an import checks against: the conflicts and metrics on record, and which rows repeat stored figures.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import type { ImportRow, Known } from "./analyse";

export async function loadKnown(client: DbOrTx = db()): Promise<Known> {
  const [conflicts, metrics] = await Promise.all([
    client.conflict.findMany({ select: { slug: true } }),
    client.metric.findMany({ select: { slug: true, unit: true }, orderBy: { id: "asc" } }),
  ]);
  return { conflicts: new Set(conflicts.map((c) => c.slug)), metrics: new Map(metrics.map((m) => [m.slug, m.unit])) };
}

/**
 * The file rows that repeat a live stored figure: same conflict, metric, source (any case), reference date,
 * value and qualifier. Checked 5,000 rows a query.
 */
export async function findStoredDuplicates(rows: readonly ImportRow[], client: DbOrTx = db()): Promise<number[]> {
  const found: number[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    const hits = await client.$queryRaw<{ row: number }[]>`
      SELECT i.row FROM unnest(
        ${batch.map((r) => r.row)}::int[], ${batch.map((r) => r.input.conflict)}::text[], ${batch.map((r) => r.input.metric)}::text[],
        ${batch.map((r) => r.input.source)}::text[], ${batch.map((r) => r.input.refDate)}::date[],
        ${batch.map((r) => BigInt(r.input.value))}::bigint[], ${batch.map((r) => r.input.qualifier)}::text[]
      ) AS i(row, conflict, metric, source, ref_date, value, qualifier)
      WHERE EXISTS (
        SELECT 1 FROM "Figure" f
          JOIN "Conflict" c ON c.id = f."conflictId" JOIN "Metric" m ON m.id = f."metricId" JOIN "Source" s ON s.id = f."sourceId"
         WHERE c.slug = i.conflict AND m.slug = i.metric AND lower(s.name) = lower(i.source) AND f."refDate" = i.ref_date
           AND f.value = i.value AND f.qualifier::text = i.qualifier AND f."deletedAt" IS NULL)`;
    found.push(...hits.map((h) => h.row));
  }
  return found.sort((a, b) => a - b);
}
