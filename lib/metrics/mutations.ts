// Adding metrics, each with its audit event. A metric's slug is unique; two admins adding the same one at
// once meet the unique index, and the second is told so.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MetricFieldErrors, MetricInput } from "./schema";

export async function createMetric({ metric, actor }: { metric: MetricInput; actor: string }): Promise<{ ok: true; id: number } | { ok: false; errors: MetricFieldErrors }> {
  const taken = { ok: false as const, errors: { slug: [`There is already a metric \u201c${metric.slug}\u201d: choose another id.`] } };
  if (await db().metric.findUnique({ where: { slug: metric.slug }, select: { id: true } })) return taken;
  try {
    return await db().$transaction(async (tx) => {
      const created = await tx.metric.create({ data: metric });
      await recordAudit(tx, { entity: "Metric", entityId: created.id, action: "create", after: created, actor });
      return { ok: true as const, id: created.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return taken;
    throw err;
  }
}
