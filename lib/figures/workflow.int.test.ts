// The editors' workflow on figures against a real PostgreSQL: edits that never overwrite a newer version,
// one audit event per change with its before and after, revisions, the quote check and the review rule.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createConflict } from "@/lib/conflicts/mutations";
import { db } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { createReport } from "@/lib/reports/mutations";
import { changeFigureLifecycle, createFigure, updateFigure } from "./mutations";
import { parseFigureListQuery } from "./list-query";
import { listLatestFigures } from "@/lib/conflicts/queries";
import { listConflictFigures, listFigures } from "./queries";
import { parseFigureInput, type FigureInput } from "./schema";
import { submitFigure, submitLifecycle } from "./submit";

const uid = () => randomBytes(4).toString("hex");

async function setting(): Promise<{ slug: string; source: string; reportUrl: string }> {
  const c = await createConflict({ conflict: { slug: `c-${uid()}`, name: "Testland", region: "Testland", startDate: "2012-01-01" }, actor: "t" });
  return { slug: c.slug, source: `Source ${uid()}`, reportUrl: `https://example.org/${uid()}` };
}

function input(over: Record<string, string | number | undefined>): FigureInput {
  const r = parseFigureInput({
    metric: "deaths",
    value: "70,000",
    qualifier: "about",
    refDate: "2013-03-01",
    reportTitle: "A report",
    reportDate: "2013-03-01",
    quote: "about 70,000 people have been killed",
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

async function figure(over: Record<string, string | number | undefined> = {}) {
  const s = await setting();
  const base = { conflict: s.slug, source: s.source, reportUrl: s.reportUrl, ...over };
  const r = await createFigure({ input: input(base), actor: "ann@x.org" });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { id: r.id, base };
}

const auditOf = (id: number) => db().auditEvent.findMany({ where: { entity: "Figure", entityId: String(id) }, orderBy: { id: "asc" } });

describe("editing a figure", () => {
  it("writes the change and exactly one audit event with the before and the after", async () => {
    const { id, base } = await figure();
    const r = await updateFigure({ id, version: 1, input: input({ ...base, value: "71,000" }), actor: "bob@x.org", status: "published" });
    expect(r).toMatchObject({ ok: true, id });
    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events[1]).toMatchObject({ actor: "bob@x.org", before: { value: 70000, version: 1 }, after: { value: 71000, version: 2, updatedBy: "bob@x.org" } });
  });

  it("refuses a save made on an older version, returning the newer one, and writes nothing", async () => {
    const { id, base } = await figure();
    await updateFigure({ id, version: 1, input: input({ ...base, value: "71,000" }), actor: "bob@x.org", status: "published" });
    const stale = await updateFigure({ id, version: 1, input: input({ ...base, value: "69,000" }), actor: "cat@x.org", status: "published" });
    expect(stale).toMatchObject({ ok: false, conflict: { by: "bob@x.org", figure: { value: 71000n, version: 2 } } });
    expect((await db().figure.findUniqueOrThrow({ where: { id } })).value).toBe(71000n);
    expect(await auditOf(id)).toHaveLength(2);
  });

  it("loses no update when two editors save at once: one wins, the other re-applies on the newer version", async () => {
    const { id, base } = await figure();
    const results = await Promise.all([
      updateFigure({ id, version: 1, input: input({ ...base, value: "71,000" }), actor: "bob@x.org", status: "published" }),
      updateFigure({ id, version: 1, input: input({ ...base, value: "70,000", note: "checked" }), actor: "cat@x.org", status: "published" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, conflict: { figure: { version: 2 } } });
    // the loser saw the winner's version side by side and saves again on it
    const winnerValue = (await db().figure.findUniqueOrThrow({ where: { id } })).value;
    const again = await updateFigure({ id, version: 2, input: input({ ...base, value: String(winnerValue), note: "checked" }), actor: "cat@x.org", status: "published" });
    expect(again.ok).toBe(true);
    const final = await db().figure.findUniqueOrThrow({ where: { id } });
    expect([final.version, final.note]).toEqual([3, "checked"]);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["create", "update", "update"]);
  });

  it("a failed write leaves neither the change nor its audit event", async () => {
    const { id, base } = await figure();
    // a low bound above the value passes no schema; the database's check is the last line of defence
    await expect(updateFigure({ id, version: 1, input: { ...input(base), low: 90_000 }, actor: "bob@x.org", status: "published" })).rejects.toThrow();
    const after = await db().figure.findUniqueOrThrow({ where: { id } });
    expect([after.version, after.low]).toEqual([1, null]);
    expect(await auditOf(id)).toHaveLength(1);
  });
});

describe("delete, restore, publish", () => {
  it("each writes one audit event, and a figure changed meanwhile is refused", async () => {
    const { id } = await figure({ intent: "draft" });
    expect(await changeFigureLifecycle({ id, version: 1, action: "publish", actor: "bob@x.org" })).toMatchObject({ ok: true });
    expect(await changeFigureLifecycle({ id, version: 1, action: "delete", actor: "bob@x.org" })).toMatchObject({ ok: false, error: expect.stringMatching(/changed this figure/) });
    expect(await changeFigureLifecycle({ id, version: 2, action: "delete", actor: "bob@x.org" })).toMatchObject({ ok: true });
    expect(await changeFigureLifecycle({ id, version: 3, action: "delete", actor: "bob@x.org" })).toEqual({ ok: false, error: "This figure is already deleted; there is nothing to delete." });
    expect(await changeFigureLifecycle({ id, version: 3, action: "restore", actor: "cat@x.org" })).toMatchObject({ ok: true });
    const events = await auditOf(id);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ["create", "ann@x.org"],
      ["publish", "bob@x.org"],
      ["delete", "bob@x.org"],
      ["restore", "cat@x.org"],
    ]);
    expect(events[1]).toMatchObject({ before: { status: "draft" }, after: { status: "published", publishedBy: "bob@x.org" } });
    expect(events[2]!.after).toMatchObject({ deletedBy: "bob@x.org" });
    expect(events[3]!.after).toMatchObject({ deletedAt: null });
  });
});

describe("revisions", () => {
  it("the published revision replaces the old figure in the conflict's figures; both stay on record", async () => {
    const { id, base } = await figure();
    const r = await createFigure({ input: input({ ...base, value: "80,000", refDate: "2013-03-01", supersedesId: id }), actor: "bob@x.org" });
    expect(r.ok).toBe(true);
    const shown = await listConflictFigures({ conflictSlug: String(base.conflict) });
    expect(shown.map((f) => f.value)).toEqual([80_000]);
    expect(await db().figure.count({ where: { conflict: { slug: String(base.conflict) } } })).toBe(2);
  });

  it("refuses a second revision of one figure and a revision from another source, even at the same moment", async () => {
    const { id, base } = await figure();
    const results = await Promise.all([
      createFigure({ input: input({ ...base, value: "80,000", supersedesId: id }), actor: "bob@x.org" }),
      createFigure({ input: input({ ...base, value: "81,000", supersedesId: id }), actor: "cat@x.org" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, errors: { supersedesId: [expect.stringMatching(/revised|Someone else/)] } });
    const fresh = await figure();
    const otherSource = `Other ${uid()}`;
    const audit = await db().auditEvent.count();
    const other = await createFigure({ input: input({ ...fresh.base, source: otherSource, supersedesId: fresh.id }), actor: "bob@x.org" });
    expect(other).toMatchObject({ ok: false, errors: { supersedesId: [expect.stringMatching(/another source/)] } });
    // the new source named on the refused figure was rolled back with it, audit event and all
    expect(await db().source.count({ where: { name: otherSource } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(audit);
  });
});

describe("revision chains", () => {
  it("refuses a cycle, hides every figure behind a live revision, and the home page agrees", async () => {
    const { id: a, base } = await figure({ refDate: "2013-03-01" });
    const b = await createFigure({ input: input({ ...base, value: "80,000", supersedesId: a }), actor: "bob@x.org" });
    if (!b.ok) throw new Error(JSON.stringify(b.errors));
    const aNow = await db().figure.findUniqueOrThrow({ where: { id: a } });
    const cycle = await updateFigure({ id: a, version: aNow.version, input: input({ ...base, supersedesId: b.id }), actor: "ann@x.org", status: "published" });
    expect(cycle).toMatchObject({ ok: false, errors: { supersedesId: [expect.stringMatching(/its own revision/)] } });

    const c = await createFigure({ input: input({ ...base, value: "90,000", refDate: "2013-02-01", supersedesId: b.id }), actor: "bob@x.org" });
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    await changeFigureLifecycle({ id: b.id, version: 1, action: "delete", actor: "bob@x.org" });
    const shown = await listConflictFigures({ conflictSlug: String(base.conflict) });
    expect(shown.map((f) => f.id)).toEqual([c.id]); // A stays hidden behind C although B, between them, is deleted
    const latest = (await listLatestFigures()).filter((f) => f.conflictSlug === base.conflict);
    expect(latest.map((f) => f.value)).toEqual([90_000]);
  });

  it("deleting a revision lets the old figure be revised again; restoring relinks it only if still free", async () => {
    const { id: a, base } = await figure();
    const b = await createFigure({ input: input({ ...base, value: "80,000", supersedesId: a }), actor: "bob@x.org" });
    if (!b.ok) throw new Error(JSON.stringify(b.errors));
    await changeFigureLifecycle({ id: b.id, version: 1, action: "delete", actor: "bob@x.org" });
    await changeFigureLifecycle({ id: b.id, version: 2, action: "restore", actor: "bob@x.org" });
    expect((await db().figure.findUniqueOrThrow({ where: { id: b.id } })).supersedesId).toBe(a); // relinked
    await changeFigureLifecycle({ id: b.id, version: 3, action: "delete", actor: "bob@x.org" });
    const c = await createFigure({ input: input({ ...base, value: "85,000", supersedesId: a }), actor: "cat@x.org" });
    expect(c.ok).toBe(true);
    await changeFigureLifecycle({ id: b.id, version: 4, action: "restore", actor: "bob@x.org" });
    expect((await db().figure.findUniqueOrThrow({ where: { id: b.id } })).supersedesId).toBeNull(); // A is C's now
  });

  it("a revision can still be edited after the figure it revises is deleted", async () => {
    const { id: a, base } = await figure();
    const b = await createFigure({ input: input({ ...base, value: "80,000", supersedesId: a }), actor: "bob@x.org" });
    if (!b.ok) throw new Error(JSON.stringify(b.errors));
    await changeFigureLifecycle({ id: a, version: 1, action: "delete", actor: "bob@x.org" });
    const edit = await updateFigure({ id: b.id, version: 1, input: input({ ...base, value: "81,000", supersedesId: a }), actor: "bob@x.org", status: "published" });
    expect(edit.ok).toBe(true);
  });
});

describe("the quote and the report's text", () => {
  it("a quote not in the stored text is refused with the closest passage, and nothing is written", async () => {
    const s = await setting();
    const report = await createReport({
      report: { title: "Briefing", publishedOn: "2013-03-01", fullText: "The United Nations says about 70,000 people have been killed in Syria." },
      actor: "t",
    });
    const before = await db().figure.count();
    const r = await createFigure({ input: input({ conflict: s.slug, source: s.source, reportId: report.id, quote: "about 60,000 people have been killed" }), actor: "ann@x.org" });
    expect(r).toEqual({
      ok: false,
      errors: { quote: ["These words are not in the report's text. The closest passage is \u201cabout 70,000 people have been killed\u201d: copy the source's exact words."] },
    });
    expect(await db().figure.count()).toBe(before);
    const ok = await createFigure({ input: input({ conflict: s.slug, source: s.source, reportId: report.id, quote: "About 70,000 people have  been killed" }), actor: "ann@x.org" });
    expect(ok.ok).toBe(true);
  });
});

describe("sources named on the form", () => {
  it("finds a source on record whatever the case, and a new one records who created it", async () => {
    const { id, base } = await figure();
    const again = await createFigure({ input: input({ ...base, source: String(base.source).toUpperCase(), value: "1" }), actor: "bob@x.org" });
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    const [first, second] = await db().figure.findMany({ where: { id: { in: [id, again.id] } }, orderBy: { id: "asc" }, include: { source: true, report: true } });
    expect(second!.sourceId).toBe(first!.sourceId);
    expect([first!.source.createdBy, first!.report.createdBy]).toEqual(["ann@x.org", "ann@x.org"]);
  });
});

describe("the figures list", () => {
  it("searches quotes for what was typed, a % or _ included, not as a wildcard", async () => {
    const { base } = await figure({ quote: "deaths rose by 50% in a week" });
    await createFigure({ input: input({ ...base, value: "500", quote: "deaths rose by 500 in a week" }), actor: "ann@x.org" });
    const search = async (q: string) =>
      (await listFigures({ query: parseFigureListQuery({ conflict: String(base.conflict), q }), editor: false })).rows.map((r) => r.quote);
    expect(await search("BY 50% IN")).toEqual(["deaths rose by 50% in a week"]);
    expect(await search("by 5_0 in")).toEqual([]);
    expect(await search("rose by")).toHaveLength(2);
  });
});

describe("warnings and the review rule", () => {
  afterEach(() => {
    delete process.env.REVIEW;
    resetEnv();
  });

  it("points out a likely double entry without refusing it", async () => {
    const { id, base } = await figure();
    const again = await createFigure({ input: input({ ...base, quote: "about 70,000 people have been killed, again" }), actor: "bob@x.org" });
    expect(again).toMatchObject({ ok: true, duplicates: [id] });
  });

  it("under two-person review, a save waits as a draft and only another editor may publish", async () => {
    process.env.REVIEW = "two-person";
    resetEnv();
    const s = await setting();
    const ann: Viewer = { id: "a", email: "ann@x.org", name: "Ann", role: "editor" };
    const bob: Viewer = { id: "b", email: "bob@x.org", name: "Bob", role: "editor" };
    const values = { conflict: s.slug, metric: "deaths", value: "70,000", qualifier: "about", refDate: "2013-03-01", source: s.source, reportTitle: "A report", reportUrl: s.reportUrl, reportDate: "2013-03-01", quote: "about 70,000 people have been killed" };
    const saved = await submitFigure({ viewer: ann, values });
    expect(saved).toMatchObject({ ok: true, notice: expect.stringMatching(/another editor/) });
    if (!saved.ok) return;
    expect((await db().figure.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("draft");
    expect(await submitLifecycle({ viewer: ann, id: saved.id, version: 1, action: "publish" })).toMatchObject({ ok: false, error: expect.stringMatching(/two-person rule/) });
    expect(await submitLifecycle({ viewer: bob, id: saved.id, version: 1, action: "publish" })).toMatchObject({ ok: true });
    expect(await db().figure.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ status: "published", publishedBy: "bob@x.org", createdBy: "ann@x.org" });
  });

  it("under two-person review, whoever changed a figure's content cannot publish it, even after someone deleted and restored it", async () => {
    process.env.REVIEW = "two-person";
    resetEnv();
    const { id, base } = await figure({ intent: "draft" });
    const cat: Viewer = { id: "c", email: "cat@x.org", name: "Cat", role: "editor" };
    const dan: Viewer = { id: "d", email: "dan@x.org", name: "Dan", role: "editor" };
    const edited = await updateFigure({ id, version: 1, input: input({ ...base, value: "70,500" }), actor: "cat@x.org", status: "draft" });
    expect(edited.ok).toBe(true);
    await changeFigureLifecycle({ id, version: 2, action: "delete", actor: "dan@x.org" });
    await changeFigureLifecycle({ id, version: 3, action: "restore", actor: "dan@x.org" });
    expect(await submitLifecycle({ viewer: cat, id, version: 4, action: "publish" })).toMatchObject({ ok: false, error: expect.stringMatching(/two-person rule/) });
    expect(await submitLifecycle({ viewer: dan, id, version: 4, action: "publish" })).toMatchObject({ ok: true }); // only deleted and restored it
  });

  it("publishing checks the quote against the report's text again", async () => {
    const s = await setting();
    const report = await createReport({ report: { title: "Briefing", publishedOn: "2013-03-01", fullText: "about 70,000 people have been killed" }, actor: "t" });
    const draft = await createFigure({ input: input({ conflict: s.slug, source: s.source, reportId: report.id, intent: "draft" }), actor: "ann@x.org" });
    if (!draft.ok) throw new Error(JSON.stringify(draft.errors));
    await db().report.update({ where: { id: report.id }, data: { fullText: "a corrected text without that sentence" } });
    const r = await changeFigureLifecycle({ id: draft.id, version: 1, action: "publish", actor: "bob@x.org" });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/no longer in the report's text/) });
    expect((await db().figure.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });
});
