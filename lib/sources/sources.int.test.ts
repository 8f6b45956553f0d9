// Source writes against a real PostgreSQL: one audit event per create, edit and merge; optimistic edits that
// never overwrite silently; a merge that moves every figure or nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReport } from "@/lib/reports/mutations";
import { FAILING_ACTOR, auditCount, gate, installFailingAuditTrigger, makeFigure, uid, untilSomeoneWaitsForALock } from "@/lib/reports/test-support";
import { createSource, mergeSources, SourceNameTakenError, updateSource } from "./mutations";
import { listSources } from "./queries";
import type { SourceInput } from "./schema";

beforeAll(installFailingAuditTrigger);

const source = (over: Partial<SourceInput> = {}): SourceInput => ({ name: `Source ${uid()}`, kind: "ngo", reliability: "B", ...over });
const row = (id: number) => db().source.findUniqueOrThrow({ where: { id } });
const newReport = async () => (await createReport({ report: { title: `Report ${uid()}`, publishedOn: "2013-03-01" }, actor: "t" })).id;

describe("createSource and updateSource", () => {
  it("creates with one audit event, and refuses a name on record in any case", async () => {
    const audit = await auditCount();
    const s = source({ name: `UNHCR ${uid()}` });
    const { id } = await createSource({ source: s, actor: "alice" });
    expect(await row(id)).toMatchObject({ name: s.name, kind: "ngo", reliability: "B", version: 1, createdBy: "alice", updatedBy: "alice" });
    expect(await db().auditEvent.findMany({ where: { entity: "Source", entityId: String(id) } })).toEqual([
      expect.objectContaining({ action: "create", actor: "alice", before: null, after: expect.objectContaining({ name: s.name, reliability: "B" }) }),
    ]);
    await expect(createSource({ source: { ...s, name: s.name.toLowerCase() }, actor: "bob" })).rejects.toBeInstanceOf(SourceNameTakenError);
    expect(await auditCount()).toBe(audit + 1);
  });

  it("compares names literally: a % or _ in a name is not a wildcard", async () => {
    const tag = uid();
    await createSource({ source: source({ name: `Watch_${tag}` }), actor: "alice" });
    await createSource({ source: source({ name: `%${tag}` }), actor: "alice" });
    await expect(createSource({ source: source({ name: `WatchX${tag}` }), actor: "alice" })).resolves.toMatchObject({ id: expect.any(Number) });
    await expect(createSource({ source: source({ name: `abc${tag}` }), actor: "alice" })).resolves.toMatchObject({ id: expect.any(Number) });
  });

  it("edits over the version the editor started from, with before and after in one audit event", async () => {
    const { id } = await createSource({ source: source({ reliability: undefined }), actor: "alice" });
    const audit = await auditCount();
    const name = `Renamed ${uid()}`;
    const r = await updateSource({ id, version: 1, source: { name, kind: "un_agency", reliability: "A" }, actor: "bob" });
    expect(r).toMatchObject({ ok: true, record: { name, kind: "un_agency", reliability: "A", version: 2, updatedBy: "bob" } });
    expect(await auditCount()).toBe(audit + 1);
    const e = await db().auditEvent.findFirstOrThrow({ where: { entity: "Source", entityId: String(id), action: "update" } });
    expect(e).toMatchObject({ actor: "bob", before: { kind: "ngo", reliability: null, version: 1 }, after: { name, kind: "un_agency", reliability: "A", version: 2 } });
  });

  it("refuses a stale version, writing nothing, and returns who saved the newer one", async () => {
    const { id } = await createSource({ source: source(), actor: "alice" });
    await updateSource({ id, version: 1, source: source({ reliability: "C" }), actor: "bob" });
    const [saved, audit] = [await row(id), await auditCount()];
    const r = await updateSource({ id, version: 1, source: source({ reliability: "E" }), actor: "carol" });
    expect(r).toMatchObject({ ok: false, reason: "conflict", current: { reliability: "C", version: 2, updatedBy: "bob" } });
    expect(await row(id)).toEqual(saved);
    expect(await auditCount()).toBe(audit);
  });

  it("when two editors save over the same version at once, one wins and the other gets a conflict", async () => {
    const { id } = await createSource({ source: source(), actor: "alice" });
    const audit = await auditCount();
    const bobWrote = gate();
    const bobMayCommit = gate();
    const bob = db().$transaction(async (tx) => {
      const r = await updateSource({ id, version: 1, source: source({ name: `Bob ${uid()}`, reliability: "A" }), actor: "bob" }, tx);
      bobWrote.open();
      await bobMayCommit.wait;
      return r;
    });
    await bobWrote.wait;
    const carol = updateSource({ id, version: 1, source: source({ reliability: "F" }), actor: "carol" });
    await untilSomeoneWaitsForALock();
    bobMayCommit.open();
    const [b, c] = await Promise.all([bob, carol]);
    expect(b.ok).toBe(true);
    expect(c).toMatchObject({ ok: false, reason: "conflict", current: { reliability: "A", version: 2, updatedBy: "bob" } });
    expect(await row(id)).toMatchObject({ reliability: "A", version: 2 });
    expect(await auditCount()).toBe(audit + 1);
  });

  it("writes neither the change nor its audit event when the audit write fails", async () => {
    const { id } = await createSource({ source: source(), actor: "alice" });
    const [saved, audit] = [await row(id), await auditCount()];
    await expect(updateSource({ id, version: 1, source: source(), actor: FAILING_ACTOR })).rejects.toThrow(/audit write refused/);
    expect(await row(id)).toEqual(saved);
    expect(await auditCount()).toBe(audit);
  });
});

describe("mergeSources", () => {
  async function twoSourcesWithFigures() {
    const merged = (await createSource({ source: source({ name: `Merged ${uid()}` }), actor: "t" })).id;
    const kept = (await createSource({ source: source({ name: `Kept ${uid()}` }), actor: "t" })).id;
    const reportId = await newReport();
    const moving = [
      await makeFigure({ sourceId: merged, reportId }),
      await makeFigure({ sourceId: merged, reportId, status: "draft" }),
      await makeFigure({ sourceId: merged, reportId, deleted: true }),
    ];
    const staying = await makeFigure({ sourceId: kept, reportId });
    return { merged, kept, moving, staying };
  }

  const snapshot = async (ids: number[]) => ({
    sources: await db().source.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } }),
    figures: await db().figure.findMany({ where: { sourceId: { in: ids } }, orderBy: { id: "asc" } }),
    audit: await auditCount(),
  });

  it("moves every figure (drafts and deleted ones too), deletes the merged source, and audits once", async () => {
    const { merged, kept, moving, staying } = await twoSourcesWithFigures();
    const [mergedRow, keptRow] = [await row(merged), await row(kept)];
    const audit = await auditCount();
    const r = await mergeSources({ mergedId: merged, mergedVersion: 1, keptId: kept, keptVersion: 1, actor: "alice" });
    expect(r).toMatchObject({ ok: true, movedFigureIds: moving, merged: { id: merged }, kept: { id: kept } });
    expect(await db().source.findUnique({ where: { id: merged } })).toBeNull();
    const figures = await db().figure.findMany({ where: { id: { in: [...moving, staying] } }, orderBy: { id: "asc" } });
    expect(figures.map((f) => f.sourceId)).toEqual([kept, kept, kept, kept]);
    expect(figures.filter((f) => moving.includes(f.id)).map((f) => [f.version, f.updatedBy])).toEqual(moving.map(() => [2, "alice"]));
    expect(figures.find((f) => f.id === staying)?.version).toBe(1);

    expect(await auditCount()).toBe(audit + 1);
    const [e] = await db().auditEvent.findMany({ where: { action: "merge", entityId: String(kept) } });
    expect(e).toMatchObject({
      entity: "Source",
      actor: "alice",
      before: { merged: { id: merged, name: mergedRow.name }, kept: { id: kept, name: keptRow.name }, figureIdsOfMerged: moving },
      after: { merged: null, kept: { id: kept }, figureIdsMovedToKept: moving },
    });
  });

  it.each(["merged", "kept"] as const)("refuses when the %s source changed since the editor looked, writing nothing", async (which) => {
    const { merged, kept } = await twoSourcesWithFigures();
    await updateSource({ id: which === "merged" ? merged : kept, version: 1, source: source({ name: `Changed ${uid()}` }), actor: "bob" });
    const before = await snapshot([merged, kept]);
    const r = await mergeSources({ mergedId: merged, mergedVersion: 1, keptId: kept, keptVersion: 1, actor: "alice" });
    expect(r).toMatchObject({ ok: false, reason: "conflict", which, current: { version: 2, updatedBy: "bob" } });
    expect(await snapshot([merged, kept])).toEqual(before);
  });

  it("refuses a source merged into itself or into one that is gone, writing nothing", async () => {
    const { merged, kept } = await twoSourcesWithFigures();
    const before = await snapshot([merged, kept]);
    expect(await mergeSources({ mergedId: merged, mergedVersion: 1, keptId: merged, keptVersion: 1, actor: "a" })).toEqual({ ok: false, reason: "same" });
    expect(await mergeSources({ mergedId: merged, mergedVersion: 1, keptId: 987_654, keptVersion: 1, actor: "a" })).toEqual({ ok: false, reason: "missing", which: "kept" });
    expect(await mergeSources({ mergedId: 987_654, mergedVersion: 1, keptId: kept, keptVersion: 1, actor: "a" })).toEqual({ ok: false, reason: "missing", which: "merged" });
    expect(await snapshot([merged, kept])).toEqual(before);
  });

  it("moves no figure and deletes nothing when the audit write fails", async () => {
    const { merged, kept } = await twoSourcesWithFigures();
    const before = await snapshot([merged, kept]);
    await expect(mergeSources({ mergedId: merged, mergedVersion: 1, keptId: kept, keptVersion: 1, actor: FAILING_ACTOR })).rejects.toThrow(/audit write refused/);
    expect(await snapshot([merged, kept])).toEqual(before);
  });

  it("of two opposite merges at once, one happens and the other finds its source gone", async () => {
    const { merged: a, kept: b, moving, staying } = await twoSourcesWithFigures();
    const audit = await auditCount();
    const results = await Promise.all([
      mergeSources({ mergedId: a, mergedVersion: 1, keptId: b, keptVersion: 1, actor: "x" }),
      mergeSources({ mergedId: b, mergedVersion: 1, keptId: a, keptVersion: 1, actor: "y" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "missing" });
    const survivors = await db().source.findMany({ where: { id: { in: [a, b] } } });
    expect(survivors).toHaveLength(1);
    expect(new Set((await db().figure.findMany({ where: { id: { in: [...moving, staying] } } })).map((f) => f.sourceId))).toEqual(new Set([survivors[0]!.id]));
    expect(await auditCount()).toBe(audit + 1);
  });

  it("lists sources with their published figures, and drafts for editors", async () => {
    const { kept } = await twoSourcesWithFigures();
    const reportId = await newReport();
    await makeFigure({ sourceId: kept, reportId, status: "draft" });
    expect((await listSources()).find((s) => s.id === kept)).toMatchObject({ published: 1, drafts: 0 });
    expect((await listSources({ includeDrafts: true })).find((s) => s.id === kept)).toMatchObject({ published: 1, drafts: 1 });
  });
});
