// The upload route against a real PostgreSQL: previews, writes all or nothing, flags duplicates, links
// revisions by the form's rules, and is for editors.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/imports/route";
import { as, fig, newConflict } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { db } from "@/lib/db";
import { csvFile, counts, upload } from "./test-support";

describe("POST /api/v1/imports", () => {
  it("previews without writing, refuses a file with a bad row all or nothing (saying why), and writes the good rows with partial=1 under one audit event", async () => {
    const [c, editor] = [await newConflict(), await as("editor")];
    const file = csvFile(c, [{ value: "1,200", quote: "about 1,200, says \"X\"" }, { value: "lots" }, { metric: "refugees", value: "300", low: "250", high: "350", qualifier: "about" }]);
    const start = await counts();

    const preview = await upload("name=mixed.csv", file, editor);
    expect(preview.result).toMatchObject({ ok: true, rows: 3, valid: 2, invalidRows: 1, committed: null, refused: null });
    expect(preview.result.errors).toEqual([{ row: 3, column: "value", message: expect.stringMatching(/number/i) }]);
    expect(await counts()).toEqual(start);

    const refused = await upload("commit=1&name=mixed.csv", file, editor);
    expect(refused.result.committed).toBeNull();
    expect(refused.result.refused).toMatch(/^Nothing was written: 1 row has a problem/);
    expect(await counts()).toEqual(start);

    const partial = await upload("commit=1&partial=1&name=mixed.csv", file, editor);
    expect(partial.result.committed).toMatchObject({ created: 2, drafts: 0, skipped: 0 });
    const after = await counts();
    expect(after.figures).toBe(start.figures + 2);
    const audit = await db().auditEvent.findMany({ where: { entity: "Import", entityId: partial.result.committed!.importId } });
    expect(audit).toHaveLength(1);
    const rows = (audit[0]!.after as { rows: { row: number; figure: number }[]; file: string }).rows;
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    const figures = await db().figure.findMany({ where: { id: { in: rows.map((r) => r.figure) } }, orderBy: { id: "asc" } });
    expect(figures.map((f) => [Number(f.value), f.quote, f.status])).toEqual([[1200, "about 1,200, says \"X\"", "published"], [300, expect.any(String), "published"]]);
    expect(audit[0]!.actor).toBe(figures[0]!.createdBy);
    // stamped as the form stamps them: who and when (UTC, within the test's minute), published by the importer
    for (const f of figures) {
      expect([f.updatedBy, f.publishedBy, f.version, f.low === null || f.low === 250n]).toEqual([f.createdBy, f.createdBy, 1, true]);
      for (const t of [f.updatedAt, f.publishedAt!]) expect(Math.abs(t.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  it("flags rows that repeat stored figures on a second import, and leaves them out with skip_duplicates=1", async () => {
    const [c, editor] = [await newConflict(), await as("editor")];
    const rows = [{ value: "10" }, { value: "20", reference_date: "2013-03-02" }];
    const first = await upload("commit=1", csvFile(c, rows), editor);
    expect(first.result.committed?.created).toBe(2);
    // the same figures (same source, any case), plus a new one
    const stored = await db().figure.findMany({ where: { conflict: { slug: c } }, include: { source: true }, orderBy: { id: "asc" } });
    const second = csvFile(c, [
      { value: "10", source: stored[0]!.source.name.toUpperCase() },
      { value: "20", reference_date: "2013-03-02", source: stored[1]!.source.name },
      { value: "30" },
    ]);
    const preview = await upload("", second, editor);
    expect(preview.result.duplicates).toEqual([2, 3]);
    const before = await counts();
    const skipped = await upload("commit=1&skip_duplicates=1", second, editor);
    expect(skipped.result.committed).toMatchObject({ created: 1, skipped: 2 });
    expect((await counts()).figures).toBe(before.figures + 1);
  });

  it("links a row that revises another row of the file; two rows revising one figure write nothing and name the row", async () => {
    const [c, editor] = [await newConflict(), await as("editor")];
    const source = `Ministry ${uid()}`;
    const linked = await upload("commit=1", csvFile(c, [
      { figure_id: "900001", value: "100", source },
      { figure_id: "900002", value: "150", source, revises_figure_id: "900001", reference_date: "2013-03-05" },
    ]), editor);
    const ids = (await db().auditEvent.findFirstOrThrow({ where: { entityId: linked.result.committed!.importId } }).then((a) => (a.after as { rows: { figure: number }[] }).rows)).map((r) => r.figure);
    expect(await db().figure.findUniqueOrThrow({ where: { id: ids[1]! } })).toMatchObject({ supersedesId: ids[0] });

    const target = await fig(c, { source });
    const before = await counts();
    const twice = await upload("commit=1", csvFile(c, [
      { value: "200", source, revises_figure_id: String(target) },
      { value: "210", source, revises_figure_id: String(target) },
    ]), editor);
    expect(twice.result.committed).toBeNull();
    expect(twice.result.refused).toMatch(/^Nothing was written/);
    expect(twice.result.errors).toEqual([{ row: 3, column: "revises_figure_id", message: expect.stringContaining(`Figure ${target} has already been revised`) }]);
    expect(await counts()).toEqual(before);
  });

  it("refuses revisions the form would refuse: a later row, itself, another source's figure; flags a row repeated in the file", async () => {
    const [c, editor] = [await newConflict(), await as("editor")];
    const source = `Ministry ${uid()}`;
    const before = await counts();
    const cases = [
      [{ figure_id: "7", value: "100", source, revises_figure_id: "8" }, { figure_id: "8", value: "150", source, reference_date: "2013-03-05" }],
      [{ figure_id: "7", value: "100", source, revises_figure_id: "7" }],
      [{ figure_id: "7", value: "100", source }, { figure_id: "8", value: "150", source: `Other ${uid()}`, revises_figure_id: "7" }],
    ];
    for (const rows of cases) {
      const r = await upload("commit=1", csvFile(c, rows), editor);
      expect(r.result.committed).toBeNull();
      expect(r.result.errors).toEqual([{ row: expect.any(Number), column: "revises_figure_id", message: expect.stringMatching(/not a row above this one|another source's/) }]);
    }
    expect(await counts()).toEqual(before);
    const repeated = await upload("", csvFile(c, [{ value: "300", source }, { value: "300", source }]), editor);
    expect(repeated.result.duplicates).toEqual([3]);
  });

  it("is for editors: 401 signed out, 403 for an analyst, and nothing written", async () => {
    const [c, analyst] = [await newConflict(), await as("analyst")];
    const before = await counts();
    expect(await upload("commit=1", csvFile(c, [{}]), new Headers())).toMatchObject({ status: 401, error: expect.stringMatching(/^Importing figures is for editors/) });
    expect(await upload("commit=1", csvFile(c, [{}]), analyst)).toMatchObject({ status: 403, error: expect.stringMatching(/^Importing figures is for editors/) });
    expect(await counts()).toEqual(before);
  });
});

// --- bad files -----------------------------------------------------------------------------------------
