// Chart annotations against a real PostgreSQL: each write with its one audit event, reads across several
// conflicts in date order, and refusals (unknown conflict, bad input, already removed) that write nothing.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createConflict } from "@/lib/conflicts/mutations";
import { db } from "@/lib/db";
import { createAnnotation, deleteAnnotation } from "./mutations";
import { listAnnotations } from "./queries";
import { addAnnotation, removeAnnotation } from "./submit";

const uid = () => randomBytes(4).toString("hex");
const newConflict = async (name = `War ${uid()}`) =>
  (await createConflict({ conflict: { slug: `c-${uid()}`, name, region: "Testland", startDate: "2011-03-15" }, actor: "test" })).slug;
const add = async (conflict: string, date: string, label: string, actor = "alice@example.org") => {
  const r = await createAnnotation({ input: { conflict, date, label }, actor });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.annotation;
};
const annotationAudit = () => db().auditEvent.count({ where: { entity: "Annotation" } });
const state = async () => [await db().annotation.count(), await annotationAudit()];
const viewer = (role: Viewer["role"]): Viewer => ({ id: uid(), email: `${role}-${uid()}@example.org`, name: role, role });

describe("createAnnotation and listAnnotations", () => {
  it("creates an annotation with one audit event holding what was added", async () => {
    const conflict = await newConflict("Syrian civil war");
    const a = await add(conflict, "2013-08-21", "Ghouta chemical attack");
    expect(a).toEqual({ id: expect.any(Number), conflictSlug: conflict, conflictName: "Syrian civil war", date: "2013-08-21", label: "Ghouta chemical attack" });
    expect(await db().auditEvent.findMany({ where: { entity: "Annotation", entityId: String(a.id) } })).toEqual([
      expect.objectContaining({ action: "create", actor: "alice@example.org", before: null, after: expect.objectContaining({ date: "2013-08-21", label: "Ghouta chemical attack", conflict }) }),
    ]);
  });

  it("lists the annotations of several conflicts, by date then by the order they were added, and no others", async () => {
    const [syria, yemen, other] = [await newConflict("Syria"), await newConflict("Yemen"), await newConflict()];
    const late = await add(syria, "2015-09-30", "Russian intervention");
    const first = await add(yemen, "2015-03-26", "Saudi-led intervention");
    const tieA = await add(syria, "2013-08-21", "Ghouta chemical attack");
    const tieB = await add(yemen, "2013-08-21", "Same day elsewhere");
    await add(other, "2014-01-01", "Not asked for");
    const rows = await listAnnotations({ conflictSlugs: [syria, yemen] });
    expect(rows.map((r) => r.id)).toEqual([tieA.id, tieB.id, first.id, late.id]);
    expect(rows[0]).toEqual({ id: tieA.id, conflictSlug: syria, conflictName: "Syria", date: "2013-08-21", label: "Ghouta chemical attack" });
    expect(await listAnnotations({ conflictSlugs: [] })).toEqual([]);
    expect(await listAnnotations({ conflictSlugs: [`nowhere-${uid()}`] })).toEqual([]);
  });

  it("refuses an unknown conflict with a field error, writing nothing", async () => {
    const before = await state();
    const r = await createAnnotation({ input: { conflict: `nowhere-${uid()}`, date: "2013-08-21", label: "Lost" }, actor: "alice@example.org" });
    expect(r).toEqual({ ok: false, errors: { conflict: [expect.stringContaining("There is no conflict")] } });
    expect(await state()).toEqual(before);
  });
});

describe("deleteAnnotation", () => {
  it("removes the row with one audit event holding what was removed, and refuses a second removal", async () => {
    const conflict = await newConflict();
    const a = await add(conflict, "2013-08-21", "Ghouta chemical attack");
    const r = await deleteAnnotation({ id: a.id, actor: "bob@example.org" });
    expect(r).toEqual({ ok: true, annotation: a });
    expect(await db().annotation.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await db().auditEvent.findMany({ where: { entity: "Annotation", entityId: String(a.id), action: "delete" } })).toEqual([
      expect.objectContaining({ actor: "bob@example.org", after: null, before: expect.objectContaining({ id: a.id, date: "2013-08-21", label: "Ghouta chemical attack", conflict }) }),
    ]);
    const before = await state();
    expect(await deleteAnnotation({ id: a.id, actor: "carol@example.org" })).toEqual({ ok: false, error: expect.stringContaining("no longer on the charts") });
    expect(await state()).toEqual(before);
  });

  it("when two editors remove the same event at once, one removes it and the other is told it is gone", async () => {
    const a = await add(await newConflict(), "2013-08-21", "Twice");
    const audit = await annotationAudit();
    const results = await Promise.all([deleteAnnotation({ id: a.id, actor: "bob@example.org" }), deleteAnnotation({ id: a.id, actor: "carol@example.org" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: expect.stringContaining("no longer on the charts") }]);
    expect(await annotationAudit()).toBe(audit + 1);
  });
});

describe("addAnnotation and removeAnnotation (the forms' submit)", () => {
  it("adds for an editor, says so and clears the fields; removes, and says what was removed", async () => {
    const conflict = await newConflict();
    const editor = viewer("editor");
    const added = await addAnnotation({ viewer: editor, values: { conflict, date: "2013-08-21", label: " Ghouta chemical attack " } });
    expect(added).toEqual({ values: { conflict }, errors: {}, added: "Added \u201cGhouta chemical attack\u201d on 21 Aug 2013.", conflictSlug: conflict });
    const [row] = await listAnnotations({ conflictSlugs: [conflict] });
    expect(await db().auditEvent.count({ where: { entity: "Annotation", entityId: String(row!.id), actor: editor.email } })).toBe(1);
    expect(await removeAnnotation({ viewer: editor, id: String(row!.id) })).toEqual({ ok: "Removed \u201cGhouta chemical attack\u201d (21 Aug 2013) from the charts.", conflictSlug: conflict });
    expect(await listAnnotations({ conflictSlugs: [conflict] })).toEqual([]);
  });

  it("refuses bad input with every field's message and everything typed kept, writing nothing", async () => {
    const conflict = await newConflict();
    const before = await state();
    const values = { conflict, date: "2013-02-30", label: "x".repeat(81) };
    const r = await addAnnotation({ viewer: viewer("editor"), values });
    expect(r).toEqual({ values, errors: { date: [expect.stringContaining("real date")], label: [expect.stringContaining("longer than 80")] } });
    const unknown = { conflict: `nowhere-${uid()}`, date: "2013-08-21", label: "Lost" };
    expect(await addAnnotation({ viewer: viewer("admin"), values: unknown })).toEqual({ values: unknown, errors: { conflict: [expect.stringContaining("There is no conflict")] } });
    expect(await removeAnnotation({ viewer: viewer("editor"), id: "abc" })).toEqual({ error: expect.stringContaining("missing which event") });
    expect(await state()).toEqual(before);
  });

  it("refuses analysts and anonymous visitors with the usual sentences, keeping what they typed and writing nothing", async () => {
    const conflict = await newConflict();
    const a = await add(conflict, "2013-08-21", "Stays");
    const before = await state();
    const values = { conflict, date: "2013-08-22", label: "Not mine to add" };
    expect(await addAnnotation({ viewer: null, values })).toEqual({ values, errors: {}, formError: "Sign in as an editor to do this." });
    expect(await addAnnotation({ viewer: viewer("analyst"), values })).toEqual({ values, errors: {}, formError: expect.stringContaining("this needs an editor") });
    expect(await removeAnnotation({ viewer: null, id: String(a.id) })).toEqual({ error: "Sign in as an editor to do this." });
    expect(await removeAnnotation({ viewer: viewer("analyst"), id: String(a.id) })).toEqual({ error: expect.stringContaining("this needs an editor") });
    expect(await state()).toEqual(before);
  });
});
