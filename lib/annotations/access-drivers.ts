// Access-matrix drivers for chart annotations (see lib/auth/access-kit.ts). Test support only.
import { as, fixtures, form, people, run, uid, type Driver } from "@/lib/auth/access-kit";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { expect } from "vitest";
import { addAnnotationAction, deleteAnnotationAction } from "./actions";
import { createAnnotation } from "./mutations";

export const annotationDrivers: Record<string, Driver> = {
  async addAnnotationAction(who) {
    return async () => {
      as(who);
      const label = `Ceasefire ${uid()}`;
      const r = await run(() => addAnnotationAction({ values: {}, errors: {} }, form({ conflict: fixtures.conflictSlug, date: "2013-08-21", label })));
      if (r.value?.added) {
        const annotation = await db().annotation.findFirstOrThrow({ where: { label } });
        expect(annotation.date.toISOString().slice(0, 10)).toBe("2013-08-21");
        expect(await db().auditEvent.count({ where: { entity: "Annotation", entityId: String(annotation.id) } })).toBe(1);
        expect(await db().auditEvent.count({ where: { entity: "Annotation", entityId: String(annotation.id), action: "create", actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: Boolean(r.value?.added), message: r.value?.formError };
    };
  },

  async deleteAnnotationAction(who) {
    const made = await createAnnotation({ input: { conflict: fixtures.conflictSlug, date: "2013-08-21", label: `Offensive ${uid()}` }, actor: "test" });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    const id = made.annotation.id;
    return async () => {
      as(who);
      const r = await run(() => deleteAnnotationAction({}, form({ id: String(id) })));
      if (r.value?.ok) {
        expect(await db().annotation.findUnique({ where: { id } })).toBeNull();
        expect(await db().auditEvent.count({ where: { entity: "Annotation", entityId: String(id), action: "delete" } })).toBe(1);
        expect(await db().auditEvent.count({ where: { entity: "Annotation", entityId: String(id), action: "delete", actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: Boolean(r.value?.ok), message: r.value?.error };
    };
  },
};
