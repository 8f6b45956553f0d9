// Access-matrix drivers for sources (see lib/auth/access-kit.ts). Test support only.
import SourcesPage from "@/app/(site)/(public)/sources/page";
import SourcePage from "@/app/(site)/(public)/sources/[id]/page";
import NewSourcePage from "@/app/(site)/(editor)/sources/new/page";
import EditSourcePage from "@/app/(site)/(editor)/sources/[id]/edit/page";
import MergeSourcePage from "@/app/(site)/(editor)/sources/[id]/merge/page";
import { as, form, page, people, run, uid, type Driver } from "@/lib/auth/access-kit";
import type { Requester } from "@/lib/auth/access";
import { roleAllows, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createReport } from "@/lib/reports/mutations";
import { makeFigure } from "@/lib/reports/test-support";
import { expect } from "vitest";
import { createSourceAction, mergeSourcesAction, updateSourceAction } from "./actions";
import { createSource } from "./mutations";

const newSource = async (name = `Source ${uid()}`) => (await createSource({ source: { name, kind: "ngo" }, actor: "test" })).id;
const isEditor = (who: Requester) => who !== "anonymous" && roleAllows(who, "editor");

export const sourceDrivers: Record<string, Driver> = {
  async createSourceAction(who) {
    return async () => {
      as(who);
      const name = `Source ${uid()}`;
      const r = await run(() => createSourceAction({ values: {}, errors: {} }, form({ name, kind: "un_agency", reliability: "B" })));
      if (r.redirect) {
        const source = await db().source.findUniqueOrThrow({ where: { name } });
        expect(source).toMatchObject({ kind: "un_agency", reliability: "B", createdBy: people[who as Role].email });
        expect(await db().auditEvent.count({ where: { entity: "Source", entityId: String(source.id), action: "create" } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.formError };
    };
  },

  async updateSourceAction(who) {
    const id = await newSource();
    return async () => {
      as(who);
      const name = `Renamed ${uid()}`;
      const r = await run(() => updateSourceAction({ values: {}, errors: {} }, form({ id: String(id), version: "1", name, kind: "ngo", reliability: "" })));
      if (r.redirect) {
        expect(await db().source.findUniqueOrThrow({ where: { id } })).toMatchObject({ name, version: 2, updatedBy: people[who as Role].email });
        expect(await db().auditEvent.count({ where: { entity: "Source", entityId: String(id), action: "update" } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.formError };
    };
  },

  async mergeSourcesAction(who) {
    const [merged, kept] = [await newSource(), await newSource()];
    const { id: reportId } = await createReport({ report: { title: `Report ${uid()}`, publishedOn: "2013-03-01" }, actor: "test" });
    const figure = await makeFigure({ sourceId: merged, reportId });
    return async () => {
      as(who);
      const r = await run(() => mergeSourcesAction({}, form({ id: String(merged), version: "1", into: String(kept), intoVersion: "1" })));
      if (r.redirect) {
        expect(await db().source.findUnique({ where: { id: merged } })).toBeNull();
        expect((await db().figure.findUniqueOrThrow({ where: { id: figure } })).sourceId).toBe(kept);
        expect(await db().auditEvent.count({ where: { entity: "Source", entityId: String(kept), action: "merge", actor: people[who as Role].email } })).toBe(1);
      }
      return { allowed: Boolean(r.redirect), message: r.value?.error };
    };
  },

  async "/sources"(who) {
    const name = `Listed source ${uid()}`;
    await newSource(name);
    return page(who, () => SourcesPage(), (text, allowed) => expect(text.includes(name), `the source is ${allowed ? "" : "not "}listed`).toBe(allowed));
  },

  async "/sources/[id]"(who) {
    const id = await newSource();
    const { id: reportId } = await createReport({ report: { title: `Report ${uid()}`, publishedOn: "2013-03-01" }, actor: "test" });
    const [publishedQuote, draftQuote] = [`about 4,000 were killed ${uid()}`, `at least 9,000 fled ${uid()}`];
    await makeFigure({ sourceId: id, reportId, quote: publishedQuote });
    await makeFigure({ sourceId: id, reportId, quote: draftQuote, status: "draft" });
    return page(who, () => SourcePage({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({}) }), (text, allowed) => {
      expect(text.includes(publishedQuote), "the published figure shows to whoever may read").toBe(allowed);
      expect(text.includes(draftQuote), "the draft shows to editors only").toBe(allowed && isEditor(who));
    });
  },

  "/sources/new": (who) => page(who, () => NewSourcePage()),

  async "/sources/[id]/edit"(who) {
    const id = await newSource();
    return page(who, () => EditSourcePage({ params: Promise.resolve({ id: String(id) }) }));
  },

  async "/sources/[id]/merge"(who) {
    const [merged, kept] = [await newSource(), await newSource()];
    return page(who, () => MergeSourcePage({ params: Promise.resolve({ id: String(merged) }), searchParams: Promise.resolve({ into: String(kept), version: "1" }) }));
  },
};
