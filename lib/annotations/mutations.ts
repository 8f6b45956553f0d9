// Adding and removing chart annotations, each in one transaction with its audit event: the row and the
// record of who changed it land together or not at all.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { db, inTransaction, type DbOrTx } from "@/lib/db";
import { dateToDay, dayToDate } from "@/lib/dates";
import type { AnnotationFieldErrors, AnnotationInput } from "./schema";
import type { AnnotationRow } from "./types";

export type CreateAnnotationResult = { ok: true; annotation: AnnotationRow } | { ok: false; errors: AnnotationFieldErrors };
export type DeleteAnnotationResult = { ok: true; annotation: AnnotationRow } | { ok: false; error: string };

export async function createAnnotation(
  { input, actor }: { input: AnnotationInput; actor: string },
  client: DbOrTx = db(),
): Promise<CreateAnnotationResult> {
  return inTransaction(client, async (tx) => {
    const conflict = await tx.conflict.findUnique({ where: { slug: input.conflict }, select: { id: true, slug: true, name: true } });
    if (!conflict) return { ok: false as const, errors: { conflict: [`There is no conflict \u201c${input.conflict}\u201d on record: reload the page and try again.`] } };
    const created = await tx.annotation.create({ data: { conflictId: conflict.id, date: dayToDate(input.date), label: input.label } });
    await recordAudit(tx, { entity: "Annotation", entityId: created.id, action: "create", after: { ...created, date: dateToDay(created.date), conflict: conflict.slug }, actor });
    return { ok: true as const, annotation: { id: created.id, conflictSlug: conflict.slug, conflictName: conflict.name, date: dateToDay(created.date), label: created.label } };
  });
}

/** Removes one annotation. One already removed (by someone else, or a second click) is refused, and nothing is written. */
export async function deleteAnnotation({ id, actor }: { id: number; actor: string }, client: DbOrTx = db()): Promise<DeleteAnnotationResult> {
  return inTransaction(client, async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id }, include: { conflict: { select: { slug: true, name: true } } } });
    // deleteMany, not delete: two removals at once must not throw; the one that deletes nothing is refused
    const { count } = before ? await tx.annotation.deleteMany({ where: { id } }) : { count: 0 };
    if (!before || count === 0) return { ok: false as const, error: "This event is no longer on the charts: someone may have removed it already. Reload the page to see the current list." };
    const { conflict, ...row } = before;
    await recordAudit(tx, { entity: "Annotation", entityId: id, action: "delete", before: { ...row, date: dateToDay(row.date), conflict: conflict.slug }, actor });
    return { ok: true as const, annotation: { id, conflictSlug: conflict.slug, conflictName: conflict.name, date: dateToDay(row.date), label: row.label } };
  });
}
