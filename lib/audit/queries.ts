// Reading the audit trail: one record's history, and the activity feed for admins.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditRow = {
  id: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  actor: string;
  at: Date;
};

const toRow = (e: { id: bigint; entity: string; entityId: string; action: string; before: unknown; after: unknown; actor: string; at: Date }): AuditRow => ({
  ...e,
  id: e.id.toString(),
});

/** Every event of one record, newest first. */
export async function listHistory({ entity, entityId }: { entity: string; entityId: string | number }, client: DbOrTx = db()): Promise<AuditRow[]> {
  const rows = await client.auditEvent.findMany({ where: { entity, entityId: String(entityId) }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  return rows.map(toRow);
}

export type ActivityFilter = { actor?: string; entity?: string; from?: string; to?: string };

/** The activity feed: events filtered by person, kind of record and day range (inclusive), newest first. */
export async function listActivity(
  { filter, page, pageSize }: { filter: ActivityFilter; page: number; pageSize: number },
  client: DbOrTx = db(),
): Promise<{ rows: AuditRow[]; total: number }> {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.actor ? { actor: filter.actor } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    client.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    client.auditEvent.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** Everyone who has written something, for the feed's person filter. */
export async function listActors(client: DbOrTx = db()): Promise<string[]> {
  const rows = await client.auditEvent.findMany({ distinct: ["actor"], select: { actor: true }, orderBy: { actor: "asc" } });
  return rows.map((r) => r.actor);
}

/** Everyone who entered or changed a record's content: its create and update events' actors. */
export async function listAuthors({ entity, entityId }: { entity: string; entityId: string | number }, client: DbOrTx = db()): Promise<string[]> {
  const rows = await client.auditEvent.findMany({
    where: { entity, entityId: String(entityId), action: { in: ["create", "update"] } },
    distinct: ["actor"],
    select: { actor: true },
  });
  return rows.map((r) => r.actor);
}
