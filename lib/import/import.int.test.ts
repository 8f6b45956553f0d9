// Import against a real PostgreSQL: export → import into an empty database → export gives the same file (ids
// apart); the upload route previews, writes all or nothing, flags duplicates and links revisions; bad files
// each get their sentence and write nothing; the CLI runs the same import.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, inject, it } from "vitest";
import { POST } from "@/app/api/v1/imports/route";
import { as, fig, newConflict } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { createConflict } from "@/lib/conflicts/mutations";
import { db, disconnectDb } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { CSV_COLUMNS, csvChunks, type CsvColumn } from "@/lib/export/csv";
import { exportBatches } from "@/lib/export/queries";
import { createFigure } from "@/lib/figures/mutations";
import { parseFigureInput } from "@/lib/figures/schema";
import { seedDemo } from "@/prisma/seed";
import { connectTestServer } from "@/scripts/lib/test-database";
import { runImport, type ImportOptions, type ImportReport } from "./run";

const exportAll = async () => {
  let text = "";
  for await (const chunk of csvChunks(exportBatches({ filter: { status: "all" }, revisions: true }))) text += chunk;
  return text;
};

/** Runs `fn` with the app's one client pointed at another database, then points it back. */
async function onDatabase<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.DATABASE_URL;
  await disconnectDb();
  process.env.DATABASE_URL = url;
  resetEnv();
  try {
    return await fn();
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = before;
    resetEnv();
  }
}

const enc = new TextEncoder();
async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === "string" ? enc.encode(p) : p;
}
const OPTIONS: ImportOptions = { commit: false, partial: false, skipDuplicates: false, mapping: {}, fileName: "test.csv" };
const importing = (input: AsyncIterable<Uint8Array>, options: Partial<ImportOptions> = {}, onProgress?: (p: { rows: number; bytes: number }) => void) =>
  runImport(input, { options: { ...OPTIONS, ...options }, actor: "import-test@example.org", review: "none", onProgress });
const okReport = (r: ImportReport) => {
  if (!r.ok) throw new Error(r.fileError);
  return r;
};

/** A file in the export's layout; each row fills what it names, the rest from a valid deaths figure. */
function csvFile(conflict: string, rows: Partial<Record<CsvColumn, string>>[]): string {
  const base = { conflict, metric: "deaths", value: "100", qualifier: "exact", unit: "people", reference_date: "2013-03-01", source: `Src ${uid()}`, source_kind: "ngo", report_title: `Rep ${uid()}`, report_date: "2013-04-01", status: "published" };
  return stringify([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => ({ ...base, quote: `q ${uid()}`, ...r })[c as keyof typeof base] ?? ""))], { record_delimiter: "windows" });
}

const counts = async () => ({
  figures: await db().figure.count(),
  sources: await db().source.count(),
  reports: await db().report.count(),
  audit: await db().auditEvent.count(),
});

// --- round trip ----------------------------------------------------------------------------------------

const QUOTES = [
  (i: number) => `about ${i} people, says "the ministry", in ${i % 3} towns`,
  (i: number) => `=HYPERLINK("http://evil.example/${i}","click")`,
  (i: number) => `line one ${i}\r\nline two, "quoted"\nline three`,
  (i: number) => `-${i} fewer than last week`,
  (i: number) => `@${i} reported; +${i} since`,
];

async function generateFigures(conflict: string): Promise<number> {
  const sources = ["UN Office, Geneva", "Ministry \"of\" Health", "NGO Watch", "Reporter X", "=Formula Source"].map((s) => `${s} ${uid()}`);
  const kinds = ["un_agency", "government", "ngo", "media", "other"] as const;
  const qualifiers = ["exact", "about", "at_least", "more_than", "over", "nearly", "up_to"] as const;
  let made = 0;
  const make = async (over: Record<string, string>, status: "published" | "draft") => {
    const input = parseFigureInput({ ...over, intent: status === "draft" ? "draft" : "publish" });
    if (!input.ok) throw new Error(JSON.stringify(input.errors));
    const r = await createFigure({ input: input.data, actor: "test", status });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    made++;
    return r.id;
  };
  for (let i = 0; i < 300; i++) {
    const k = i % 40;
    const value = 1000 + i * 37;
    const draft = i % 7 === 3;
    await make({
      conflict, metric: ["deaths", "refugees", "idps", "injured"][i % 4]!, value: String(value),
      ...(i % 3 === 0 ? { low: String(value - 500), high: String(value + 900) } : {}),
      qualifier: qualifiers[i % qualifiers.length]!,
      refDate: `${2013 + (i % 3)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      ...(i % 4 === 1 ? { periodStart: "2012-12-01" } : {}),
      source: sources[i % sources.length]!, sourceKind: kinds[i % kinds.length]!,
      reportTitle: `Situation report ${k}, "weekly"`, reportDate: `2016-0${1 + (k % 9)}-15`,
      ...(k % 2 === 0 ? { reportUrl: `https://reports.example.org/${conflict}/${k}` } : {}),
      ...(draft && i % 2 ? {} : { quote: QUOTES[i % QUOTES.length]!(i) }),
      ...(i % 5 === 2 ? { note: `checked against, "the" annex\nby ${i}` } : {}),
    }, draft ? "draft" : "published");
  }
  // a revision chain: the same source revising its own number twice
  const chain = { conflict, metric: "deaths", qualifier: "about", refDate: "2014-05-01", source: sources[0]!, reportTitle: "Chain", reportDate: "2016-01-01" };
  const first = await make({ ...chain, value: "5000", quote: "about 5,000" }, "published");
  const second = await make({ ...chain, value: "5500", quote: "about 5,500", supersedesId: String(first) }, "published");
  await make({ ...chain, value: "6000", quote: "about 6,000", supersedesId: String(second), note: "latest" }, "draft");
  return made;
}

/** The file's rows with ids blanked, and each row's revision as the index of the row it revises. */
function comparable(text: string) {
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  const id = header!.indexOf("figure_id");
  const rev = header!.indexOf("revises_figure_id");
  const publisher = header!.indexOf("report_publisher");
  const index = new Map(rows.map((r, i) => [r[id], i]));
  return {
    header,
    // the publisher is compared on its own below (the importer does not read it)
    rows: rows.map((r) => r.map((c, j) => (j === id || j === rev || j === publisher ? "" : c))),
    publishers: rows.map((r) => r[publisher]),
    revises: rows.map((r) => (r[rev] ? (index.get(r[rev]) ?? `outside the file: ${r[rev]}`) : null)),
  };
}

let publishers: { before: (string | undefined)[]; after: (string | undefined)[] } | undefined;

describe("round trip", () => {
  it("export → import into an empty database → export gives the same CSV, ids apart", { timeout: 120_000 }, async () => {
    await seedDemo();
    const conflict = await newConflict(`Round, "trip" war ${uid()}`);
    expect(await generateFigures(conflict)).toBe(303);
    const before = await exportAll();
    const conflicts = await db().conflict.findMany({ select: { slug: true, name: true, region: true, startDate: true } });

    const server = await connectTestServer(inject("testServerUrl"));
    const empty = await server.createFromTemplate("cf_roundtrip");
    try {
      const after = await onDatabase(empty, async () => {
        expect(await db().figure.count()).toBe(0);
        for (const c of conflicts) await createConflict({ conflict: { ...c, startDate: c.startDate.toISOString().slice(0, 10) }, actor: "test" });
        const report = okReport(await importing(chunks(before), { commit: true, fileName: "round-trip.csv" }));
        expect(report.errors).toEqual([]);
        expect(report.committed?.created).toBe(report.rows);
        return exportAll();
      });
      const [a, b] = [comparable(before), comparable(after)];
      publishers = { before: a.publishers, after: b.publishers };
      expect(b.rows.length).toBe(a.rows.length);
      expect(b.revises).toEqual(a.revises);
      expect(a.revises.filter((r) => r !== null).length).toBeGreaterThanOrEqual(2);
      expect(b.rows).toEqual(a.rows);
    } finally {
      await server.drop(empty);
    }
  });

  // Known defect: the importer has no report_publisher field, so a report is re-created with its URL's host
  // as publisher ("Naharnet" comes back as "naharnet.com"). Flip to `it` once the importer reads the column.
  it("keeps each report's publisher", () => {
    expect(publishers).toBeDefined();
    expect(publishers!.after).toEqual(publishers!.before);
  });
});

// --- the upload route ------------------------------------------------------------------------------------

type Answer = { status: number; result: Extract<ImportReport, { ok: true }> & { ok: boolean; fileError?: string }; progress: unknown[]; error?: string };

async function upload(query: string, body: string, headers: Headers): Promise<Answer> {
  const h = new Headers(headers);
  h.set("content-type", "text/csv");
  const res = await POST(new Request(`http://localhost/api/v1/imports?${query}`, { method: "POST", body, headers: h }));
  const text = await res.text();
  if (!res.ok) return { status: res.status, error: (JSON.parse(text) as { error: string }).error } as Answer;
  expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const lines = text.trim().split("\n").map((l) => JSON.parse(l) as { result?: Answer["result"]; progress?: unknown });
  return { status: res.status, result: lines.at(-1)!.result!, progress: lines.filter((l) => l.progress) };
}

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

describe("bad files each get their sentence and write nothing", () => {
  const header = `${CSV_COLUMNS.join(",")}\r\n`;
  const cases: [string, () => AsyncIterable<Uint8Array>, RegExp][] = [
    ["empty", () => chunks(""), /^The file is empty/],
    ["blank lines only", () => chunks("\r\n\r\n"), /^The file is empty/],
    ["a header only", () => chunks(header), /^The file has a header but no rows/],
    ["Latin-1", () => chunks(header, Uint8Array.from(Buffer.from("x,syria,Soci\u00e9t\u00e9\r\n", "latin1"))), /^The file is not UTF-8 text/],
    ["binary", () => chunks(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /^This is not a CSV text file/],
    ["missing required columns", () => chunks("conflict,metric,value\r\nsyria,deaths,5\r\n"), /^Required columns are missing: qualifier .*reference date, source, report title, report date/],
    ["a header of 10,000 columns", () => chunks(`${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",")}\r\n1\r\n`), /^The header has 10,000 columns/],
    ["an unclosed quote", () => chunks(header, `"unclosed,${"x,".repeat(5)}\r\n`), /^The file is not valid CSV near row|longer than a million/],
  ];
  it.each(cases)("%s", async (_, input, says) => {
    const before = await counts();
    const r = await importing(input(), { commit: true });
    expect(r).toEqual({ ok: false, fileError: expect.stringMatching(says) });
    expect(await counts()).toEqual(before);
  });

  it("a row of 10,000 cells is that row's problem, said under its row", async () => {
    const c = await newConflict();
    const before = await counts();
    const good = csvFile(c, [{}]);
    const r = okReport(await importing(chunks(good, `${Array.from({ length: 10_000 }, () => "x").join(",")}\r\n`), { commit: true }));
    expect(r).toMatchObject({ rows: 2, valid: 1, invalidRows: 1, committed: null });
    expect(r.errors).toEqual([{ row: 3, column: "—", message: expect.stringMatching(/^This row has 10,000 cells but the header has 21/) }]);
    expect(await counts()).toEqual(before);
  });

  it("a BOM, an HXL row and quoted newlines work", async () => {
    const c = await newConflict();
    const file = csvFile(c, [{ quote: "first line,\r\nsecond \"line\"\nthird" }, { quote: "=SUM(A1)" }]);
    const [head, ...rest] = file.split("\r\n");
    const hxl = `${CSV_COLUMNS.map((col) => (col === "value" ? "#affected+killed" : "#meta")).join(",")}`;
    const r = okReport(await importing(chunks(Uint8Array.from([0xef, 0xbb, 0xbf]), [head, hxl, ...rest].join("\r\n")), { commit: true }));
    expect(r).toMatchObject({ rows: 2, valid: 2, invalidRows: 0, committed: { created: 2 } });
    const quotes = (await db().figure.findMany({ where: { conflict: { slug: c } }, orderBy: { id: "asc" } })).map((f) => f.quote);
    expect(quotes).toEqual(["first line,\r\nsecond \"line\"\nthird", "=SUM(A1)"]);
  });

  it("a 50 MB file is analysed in full, with progress, in one dry run", { timeout: 120_000 }, async () => {
    const c = await newConflict();
    const line = (i: number) => `,${c},,deaths,${1000 + i},,,about,people,2013-03-01,,Big source,ngo,Big report,,2013-04-01,,"about ${1000 + i} people were killed, the source says; padding ${"x".repeat(110)}",,published,\r\n`;
    const total = 250_000;
    async function* big(): AsyncGenerator<Uint8Array> {
      yield enc.encode(`${CSV_COLUMNS.join(",")}\r\n`);
      for (let i = 0; i < total; i += 1000) yield enc.encode(Array.from({ length: 1000 }, (_, j) => line(i + j)).join(""));
    }
    const progress: { rows: number; bytes: number }[] = [];
    const before = await counts();
    const started = Date.now();
    const r = okReport(await importing(big(), {}, (p) => progress.push(p)));
    const seconds = (Date.now() - started) / 1000;
    expect(r).toMatchObject({ rows: total, valid: total, invalidRows: 0, committed: null, duplicates: [] });
    expect(progress.length).toBeGreaterThan(100);
    expect(progress.at(-1)).toEqual({ rows: total, bytes: expect.any(Number) });
    expect(progress.at(-1)!.bytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(await counts()).toEqual(before);
    console.info(`50 MB dry run: ${seconds.toFixed(1)} s`);
  });
});

// --- the CLI -------------------------------------------------------------------------------------------

const cli = (script: "export" | "import", args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm run export / npm run import", () => {
  it("export writes the route's CSV to stdout; bad flags are one sentence and exit 2", { timeout: 90_000 }, async () => {
    const c = await newConflict();
    await fig(c, { quote: "=HYPERLINK(\"x\")" });
    await fig(c, { metric: "refugees" }, "draft");
    let expected = "";
    for await (const chunk of csvChunks(exportBatches({ filter: { conflict: c, status: "all" }, revisions: true }), { hxl: "#affected+num" })) expected += chunk;
    const out = cli("export", ["--conflict", c, "--status", "all", "--revisions", "--hxl"]);
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(expected);
    expect(out.stdout).toContain(`"'=HYPERLINK(""x"")"`);

    const bad = cli("export", ["--conflict", c, "--from", "2013-02-30"]);
    expect([bad.status, bad.stdout, bad.stderr.trim()]).toEqual([2, "", expect.stringMatching(/^--from is a reference date written YYYY-MM-DD[^\n]*$/)]);
    expect(cli("export", ["--conflict", `nowhere-${uid()}`]).stderr).toMatch(/^There is no conflict/);
    // a reader that stops early (`| head`) ends the export quietly
    const big = await db().figure.findFirstOrThrow({ where: { conflict: { slug: c }, status: "published" } });
    await db().$executeRaw`
      INSERT INTO "Figure" ("conflictId", "metricId", "reportId", "sourceId", value, qualifier, "refDate", quote, status, "createdBy", "updatedBy", "updatedAt")
      SELECT ${big.conflictId}, ${big.metricId}, ${big.reportId}, ${big.sourceId}, i, 'exact', ${big.refDate}, repeat('x', 200), 'published', 'test', 'test', now()
        FROM generate_series(1, 3000) AS i`;
    const head = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" --conditions=react-server --import tsx scripts/export.ts --conflict ${c} | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}"`], {
      cwd: path.resolve(import.meta.dirname, "../.."), env: process.env, encoding: "utf8", timeout: 60_000,
    });
    expect([head.stdout.trim(), head.stderr]).toEqual(["exit 0", ""]);
    const noDb = cli("export", [], { DATABASE_URL: "" });
    expect([noDb.status, noDb.stderr.trim()]).toEqual([2, expect.stringMatching(/^DATABASE_URL is not set: start the app with `npm start`/)]);
  });

  it("import prints rows, valid, each bad row and what it wrote; exit 0 written or clean, 1 problems, 2 file error", { timeout: 90_000 }, async () => {
    const c = await newConflict();
    const dir = tmpdir();
    const good = path.join(dir, `good-${uid()}.csv`);
    const mixed = path.join(dir, `mixed-${uid()}.csv`);
    const binary = path.join(dir, `binary-${uid()}.csv`);
    writeFileSync(good, csvFile(c, [{ value: "10" }, { value: "20", status: "draft", quote: "" }]));
    writeFileSync(mixed, csvFile(c, [{ value: "10" }, ...Array.from({ length: 60 }, () => ({ value: "many" }))]));
    writeFileSync(binary, Uint8Array.from([0, 1, 2, 3]));
    const before = await counts();

    const dry = cli("import", [good, "--dry-run"]);
    expect([dry.status, dry.stderr]).toEqual([0, ""]);
    expect(dry.stdout).toMatch(/^2 rows: 2 valid, 0 with problems\.\nDry run: nothing was written/);
    const problems = cli("import", [mixed]);
    expect(problems.status).toBe(1);
    expect(problems.stdout).toContain("61 rows: 1 valid, 60 with problems.\n  row 3, column value: ");
    expect(problems.stdout).toContain("  … and 10 more\nNothing was written: 60 rows have problems.");
    expect(await counts()).toEqual(before);
    expect(cli("import", [binary])).toMatchObject({ status: 2, stdout: "", stderr: expect.stringMatching(/^This is not a CSV text file/) });
    expect(cli("import", [path.join(dir, "missing.csv")])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^There is no file/) });

    const written = cli("import", [good, "--as", "cli-test@example.org"]);
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(/\nWrote 2 figures \(1 draft\), as import [0-9a-f-]{36}\.\n$/);
    const made = await db().figure.findMany({ where: { conflict: { slug: c } }, orderBy: { id: "asc" } });
    expect(made.map((f) => [Number(f.value), f.status, f.createdBy])).toEqual([[10, "published", "cli-test@example.org"], [20, "draft", "cli-test@example.org"]]);
    const again = cli("import", [good, "--skip-duplicates"]);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain("2 rows repeat a stored figure (rows 2, 3) and are skipped.\nNothing was written: every valid row repeats a stored figure.");
  });
});
