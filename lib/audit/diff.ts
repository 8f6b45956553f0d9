// What an audit event changed, field by field, for people to read. Pure.

/** Bookkeeping columns that change with every write and say nothing about the change itself. */
const BOOKKEEPING = new Set(["id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy"]);

export type FieldChange = { field: string; before: string; after: string };

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(v)) return v.slice(0, 10); // a date column
  return typeof v === "object" ? JSON.stringify(v) : String(v);
};

/** The fields whose values differ between `before` and `after` (either may be absent: a create or a delete). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !BOOKKEEPING.has(f));
  return fields.flatMap((field) => {
    const [was, now] = [show(b[field]), show(a[field])];
    return was === now ? [] : [{ field, before: was, after: now }];
  });
}
