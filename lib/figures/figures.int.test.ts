// Figure writes and reads against a real PostgreSQL (a fresh migrated database for this file).
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createConflict } from "@/lib/conflicts/mutations";
import { listLatestFigures } from "@/lib/conflicts/queries";
import { createFigure } from "./mutations";
import { listConflictFigures } from "./queries";
import { parseFigureInput, type FigureInput } from "./schema";

const uid = () => randomBytes(4).toString("hex");

async function newConflict() {
  const id = uid();
  return createConflict({ conflict: { slug: `c-${id}`, name: `Conflict ${id}`, region: "Testland", startDate: "2012-01-01" }, actor: "test" });
}

function input(over: Partial<Record<string, string>> = {}): FigureInput {
  const r = parseFigureInput({
    conflict: "x",
    metric: "deaths",
    value: "70,000",
    qualifier: "about",
    refDate: "2013-03-01",
    source: `Source ${uid()}`,
    reportTitle: "A report",
    reportUrl: `https://example.org/${uid()}`,
    reportDate: "2013-03-01",
    quote: "about 70,000 people have been killed",
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

const counts = async () => ({
  figures: await db().figure.count(),
  reports: await db().report.count(),
  sources: await db().source.count(),
  audit: await db().auditEvent.count(),
});

describe("createFigure", () => {
  it("stores the figure with its new source and report, and audits all three", async () => {
    const c = await newConflict();
    const before = await counts();
    const r = await createFigure({ input: input({ conflict: c.slug }), actor: "alice" });
    expect(r.ok).toBe(true);
    expect(await counts()).toEqual({
      figures: before.figures + 1,
      reports: before.reports + 1,
      sources: before.sources + 1,
      audit: before.audit + 3,
    });
    if (!r.ok) return;
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entity: "Figure", entityId: String(r.id) } });
    expect(audit).toMatchObject({ action: "create", actor: "alice", before: null });
    expect(audit.after).toMatchObject({ value: 70000, qualifier: "about", status: "published" });
  });

  it("reuses a report with the same URL and a source with the same name", async () => {
    const c = await newConflict();
    const shared = input({ conflict: c.slug });
    await createFigure({ input: shared, actor: "test" });
    const before = await counts();
    const second = await createFigure({ input: { ...shared, metric: "daily_outflow", value: 5000, qualifier: "at_least" }, actor: "test" });
    expect(second.ok).toBe(true);
    expect(await counts()).toMatchObject({ reports: before.reports, sources: before.sources, figures: before.figures + 1 });
  });

  it("refuses a known report URL typed with another title or date, naming what is on record, and writes nothing", async () => {
    const c = await newConflict();
    const first = input({ conflict: c.slug, reportTitle: "Original title", reportDate: "2013-03-01" });
    await createFigure({ input: first, actor: "test" });
    const before = await counts();
    const r = await createFigure({
      input: { ...first, reportTitle: "Another title", reportDate: "2013-03-02", source: `New source ${uid()}` },
      actor: "test",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.reportTitle?.[0]).toMatch(/on record as \u201cOriginal title\u201d, published 1 Mar 2013: use that title/);
      expect(r.errors.reportDate?.[0]).toMatch(/use that date/);
    }
    expect(await counts()).toEqual(before);
    // the same title with other spacing or case is the same report
    const again = await createFigure({ input: { ...first, reportTitle: "  original   TITLE " }, actor: "test" });
    expect(again.ok).toBe(true);
  });

  it("lets two editors name the same new source and report at once", async () => {
    const c = await newConflict();
    const shared = input({ conflict: c.slug });
    const results = await Promise.all([
      createFigure({ input: shared, actor: "a" }),
      createFigure({ input: { ...shared, value: 71_000 }, actor: "b" }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await db().source.count({ where: { name: shared.source } })).toBe(1);
    expect(await db().report.count({ where: { url: shared.reportUrl } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entity: "Source", after: { path: ["name"], equals: shared.source } } })).toBe(1);
  });

  it("refuses an unknown conflict or metric with a field message and writes nothing", async () => {
    const before = await counts();
    const r = await createFigure({ input: input({ conflict: "no-such-conflict", metric: "no-such-metric" }), actor: "test" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.conflict?.[0]).toMatch(/no conflict/);
      expect(r.errors.metric?.[0]).toMatch(/no metric/);
    }
    expect(await counts()).toEqual(before);
  });

  it("rolls back the new source and report when the figure itself fails", async () => {
    const c = await newConflict();
    const before = await counts();
    // low above value passes no schema, but the database check is the last line of defence
    const bad = { ...input({ conflict: c.slug }), low: 80_000 };
    await expect(createFigure({ input: bad, actor: "test" })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});

describe("reads", () => {
  it("lists a conflict's published figures as plain rows, oldest first, without deleted ones", async () => {
    const c = await newConflict();
    const later = await createFigure({ input: input({ conflict: c.slug, refDate: "2013-03-01", value: "80000" }), actor: "t" });
    const earlier = await createFigure({ input: input({ conflict: c.slug, refDate: "2013-01-01", reportDate: "2013-01-02" }), actor: "t" });
    const deleted = await createFigure({ input: input({ conflict: c.slug, refDate: "2013-02-01" }), actor: "t" });
    if (!later.ok || !earlier.ok || !deleted.ok) throw new Error("setup failed");
    await db().figure.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

    const rows = await listConflictFigures({ conflictSlug: c.slug });
    expect(rows.map((r) => r.id)).toEqual([earlier.id, later.id]);
    expect(rows[1]).toMatchObject({ value: 80000, refDate: "2013-03-01", reportDate: "2013-03-01", metricSlug: "deaths", unit: "people" });
    expect(typeof rows[0]?.value).toBe("number");

    const latest = (await listLatestFigures()).filter((f) => f.conflictSlug === c.slug);
    expect(latest).toEqual([expect.objectContaining({ metricSlug: "deaths", value: 80000, refDate: "2013-03-01" })]);
  });

  it("keeps values beyond 32 bits exact", async () => {
    const c = await newConflict();
    await createFigure({ input: input({ conflict: c.slug, metric: "refugees", value: "9,876,543,210" }), actor: "t" });
    const [row] = await listConflictFigures({ conflictSlug: c.slug });
    expect(row?.value).toBe(9_876_543_210);
  });
});
