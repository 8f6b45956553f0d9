// Source reads: the names offered by the figure form, the list with figure counts, one source.
import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import type { Source } from "@/lib/generated/prisma/client";
import type { SourceListRow, SourceRecord } from "./types";

export function toSourceRecord(s: Source): SourceRecord {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    reliability: s.reliability,
    version: s.version,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export async function listSourceNames(client: DbOrTx = db()): Promise<string[]> {
  const rows = await client.source.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return rows.map((s) => s.name);
}

/** Every source by name, with its published figures (and drafts, when the caller has checked the viewer may see them). */
export async function listSources({ includeDrafts = false }: { includeDrafts?: boolean } = {}, client: DbOrTx = db()): Promise<SourceListRow[]> {
  const rows = await client.source.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, kind: true, reliability: true,
      _count: { select: { figures: { where: { deletedAt: null, status: "published" } } } },
    },
  });
  const drafts = includeDrafts
    ? await client.figure.groupBy({ by: ["sourceId"], where: { deletedAt: null, status: "draft" }, _count: { _all: true } })
    : [];
  const draftsBySource = new Map(drafts.map((d) => [d.sourceId, d._count._all]));
  return rows.map(({ _count, ...s }) => ({ ...s, published: _count.figures, drafts: draftsBySource.get(s.id) ?? 0 }));
}

export async function getSource({ id }: { id: number }, client: DbOrTx = db()): Promise<SourceRecord | null> {
  const s = await client.source.findUnique({ where: { id } });
  return s && toSourceRecord(s);
}

/** How many figures (any status, deleted ones too) a merge would move. */
export async function countSourceFigures({ id }: { id: number }, client: DbOrTx = db()): Promise<number> {
  return client.figure.count({ where: { sourceId: id } });
}
