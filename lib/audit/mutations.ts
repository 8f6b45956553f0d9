// Audit trail writes: every change records what changed, who did it and when, inside the change's own transaction.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";

export type AuditEntry = {
  entity: string;
  entityId: string | number;
  action: "create" | "update" | "delete" | "restore" | "publish" | "merge" | "import";
  before?: unknown;
  after?: unknown;
  actor: string;
};

/** JSON-safe copy: bigint becomes a number or string, Date an ISO string. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === "bigint" ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : v,
    ),
  ) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: DbOrTx, e: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      entity: e.entity,
      entityId: String(e.entityId),
      action: e.action,
      before: toJson(e.before),
      after: toJson(e.after),
      actor: e.actor,
    },
  });
}
