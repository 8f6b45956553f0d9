// Source writes, each in one transaction with its one audit entry: create, edit (optimistic, over the version
// the editor started from) and merge (the figures of one source move to another, which is kept).
import "server-only";
import { db, inTransaction, type DbOrTx, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { toSourceRecord } from "./queries";
import type { SourceInput } from "./schema";
import type { SourceRecord } from "./types";

/** Another source has this name (in any case): names are how editors find a source, so they are unique. */
export class SourceNameTakenError extends Error {
  constructor(readonly onRecord: { id: number; name: string }) {
    super(`A source named \u201c${onRecord.name}\u201d is already on record (source ${onRecord.id}).`);
    this.name = "SourceNameTakenError";
  }
}

const isUniqueViolation = (err: unknown) => (err as { code?: unknown } | null)?.code === "P2002";

/** Turns the unique index's refusal (two editors naming a source at once) into the same error as the check. */
async function guardName<T>(name: string, client: DbOrTx, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const other = await client.source.findUnique({ where: { name }, select: { id: true, name: true } }).catch(() => null);
    throw other ? new SourceNameTakenError(other) : err;
  }
}

/** Another source with this name in any case? Plain SQL: Prisma's case-insensitive `equals` is an ILIKE, where % and _ are wildcards. */
async function assertNameFree(tx: Tx, name: string, self?: number): Promise<void> {
  const [other] = await tx.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM "Source" WHERE lower(name) = lower(${name}) AND id <> ${self ?? 0} ORDER BY id LIMIT 1`;
  if (other) throw new SourceNameTakenError(other);
}

const columns = (s: SourceInput) => ({ name: s.name, kind: s.kind, reliability: s.reliability ?? null });

/** Adds a source. Throws SourceNameTakenError when the name is on record already. */
export async function createSource({ source, actor }: { source: SourceInput; actor: string }, client: DbOrTx = db()): Promise<{ id: number }> {
  return guardName(source.name, client, () =>
    inTransaction(client, async (tx) => {
      await assertNameFree(tx, source.name);
      const created = await tx.source.create({ data: { ...columns(source), createdBy: actor, updatedBy: actor } });
      await recordAudit(tx, { entity: "Source", entityId: created.id, action: "create", after: created, actor });
      return { id: created.id };
    }),
  );
}

export type UpdateSourceResult =
  | { ok: true; record: SourceRecord }
  | { ok: false; reason: "conflict"; current: SourceRecord }
  | { ok: false; reason: "missing" };

/** Saves over `version`, the version the editor's form started from; a newer row is returned, not overwritten. */
export async function updateSource(
  { id, version, source, actor }: { id: number; version: number; source: SourceInput; actor: string },
  client: DbOrTx = db(),
): Promise<UpdateSourceResult> {
  return guardName(source.name, client, () =>
    inTransaction(client, async (tx): Promise<UpdateSourceResult> => {
      const before = await tx.source.findUnique({ where: { id } });
      if (!before) return { ok: false, reason: "missing" };
      if (before.version !== version) return { ok: false, reason: "conflict", current: toSourceRecord(before) };
      await assertNameFree(tx, source.name, id);
      // check and write in one statement: a second writer over the same version waits for the row lock, then matches nothing
      const { count } = await tx.source.updateMany({ where: { id, version }, data: { ...columns(source), version: { increment: 1 }, updatedBy: actor } });
      if (count === 0) {
        const current = await tx.source.findUnique({ where: { id } });
        return current ? { ok: false, reason: "conflict", current: toSourceRecord(current) } : { ok: false, reason: "missing" };
      }
      const after = await tx.source.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { entity: "Source", entityId: id, action: "update", before, after, actor });
      return { ok: true, record: toSourceRecord(after) };
    }),
  );
}

export type MergeSourcesResult =
  | { ok: true; merged: SourceRecord; kept: SourceRecord; movedFigureIds: number[] }
  /** `which` source changed since the editor looked: nothing was written; `current` is it as on record now */
  | { ok: false; reason: "conflict"; which: "merged" | "kept"; current: SourceRecord }
  | { ok: false; reason: "missing"; which: "merged" | "kept" }
  | { ok: false; reason: "same" };

/**
 * Merges source `mergedId` into `keptId`: every figure of the merged source (drafts and deleted ones too) moves
 * to the kept one, the merged source is deleted, and one audit event on the kept source records both sources
 * as they were and the ids of the figures that moved. Refused, writing nothing, when either source is not at
 * the version the editor saw.
 */
export async function mergeSources(
  { mergedId, mergedVersion, keptId, keptVersion, actor }: { mergedId: number; mergedVersion: number; keptId: number; keptVersion: number; actor: string },
  client: DbOrTx = db(),
): Promise<MergeSourcesResult> {
  if (mergedId === keptId) return { ok: false, reason: "same" };
  return inTransaction(client, async (tx): Promise<MergeSourcesResult> => {
    // Lock both rows (in id order, so two opposite merges cannot deadlock). While the merged source is locked,
    // no figure can be added to it (a new figure's foreign key waits for the lock), so every figure moves.
    await tx.$queryRaw`SELECT id FROM "Source" WHERE id IN (${mergedId}, ${keptId}) ORDER BY id FOR UPDATE`;
    // one after the other: a transaction's queries share one connection
    const merged = await tx.source.findUnique({ where: { id: mergedId } });
    const kept = await tx.source.findUnique({ where: { id: keptId } });
    if (!merged) return { ok: false, reason: "missing", which: "merged" };
    if (!kept) return { ok: false, reason: "missing", which: "kept" };
    if (merged.version !== mergedVersion) return { ok: false, reason: "conflict", which: "merged", current: toSourceRecord(merged) };
    if (kept.version !== keptVersion) return { ok: false, reason: "conflict", which: "kept", current: toSourceRecord(kept) };

    // Each moved figure changed, so its version moves on too: an editor with it open sees the new source
    // instead of saving the old one back.
    const moved = await tx.$queryRaw<{ id: number }[]>`
      UPDATE "Figure" SET "sourceId" = ${keptId}, version = version + 1, "updatedBy" = ${actor}, "updatedAt" = now()
      WHERE "sourceId" = ${mergedId} RETURNING id`;
    const movedFigureIds = moved.map((f) => f.id).sort((a, b) => a - b);
    await tx.source.delete({ where: { id: mergedId } });
    await recordAudit(tx, {
      entity: "Source",
      entityId: keptId,
      action: "merge",
      before: { merged, kept, figureIdsOfMerged: movedFigureIds },
      after: { merged: null, kept, figureIdsMovedToKept: movedFigureIds },
      actor,
    });
    return { ok: true, merged: toSourceRecord(merged), kept: toSourceRecord(kept), movedFigureIds };
  });
}

/**
 * The source a figure names: one on record under that name in any case ("unhcr" is UNHCR), else a new one.
 * INSERT … ON CONFLICT makes two editors naming the same new source at once meet on one row instead of one
 * of them failing on the unique name. Runs in the figure's transaction.
 */
export async function findOrCreateSource(tx: Tx, { name, kind }: { name: string; kind: string }, actor: string): Promise<number> {
  const [known] = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Source" WHERE lower(name) = lower(${name}) ORDER BY (name = ${name}) DESC, id LIMIT 1`;
  if (known) return known.id;
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Source" (name, kind, "createdBy", "updatedBy")
    VALUES (${name}, ${kind}::"SourceKind", ${actor}, ${actor})
    ON CONFLICT (name) DO NOTHING RETURNING id`;
  const source = await tx.source.findUniqueOrThrow({ where: { name } });
  if (inserted.length) await recordAudit(tx, { entity: "Source", entityId: source.id, action: "create", after: source, actor });
  return source.id;
}
