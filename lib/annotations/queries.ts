// Annotation reads: the events to draw on one or several conflicts' charts.
import "server-only";
import { hasNoNul } from "@/lib/storable-text";
import { db, type DbOrTx } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { AnnotationRow } from "./types";

export type { AnnotationRow };

/** The annotations of the conflicts named by slug, oldest first (ties: the one added first). */
export async function listAnnotations({ conflictSlugs }: { conflictSlugs: readonly string[] }, client: DbOrTx = db()): Promise<AnnotationRow[]> {
  if (conflictSlugs.length === 0) return [];
  const rows = await client.annotation.findMany({
    where: { conflict: { slug: { in: conflictSlugs.filter(hasNoNul) } } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: { id: true, date: true, label: true, conflict: { select: { slug: true, name: true } } },
  });
  return rows.map((a) => ({ id: a.id, conflictSlug: a.conflict.slug, conflictName: a.conflict.name, date: dateToDay(a.date), label: a.label }));
}
