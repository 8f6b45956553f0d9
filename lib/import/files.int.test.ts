// Bad files each get their sentence and write nothing; the CLI runs the same export and import.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { as, fig, newConflict } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { db } from "@/lib/db";
import { CSV_COLUMNS } from "@/lib/export/csv";
import { referenceCsv } from "@/lib/export/reference";
import { chunks, importing, okReport, csvFile, counts, enc } from "./test-support";

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
    // PostgreSQL's COPY gives, byte for byte, what the JavaScript writer gives for the same rows
    const expected = await referenceCsv({ filter: { conflict: c, status: "all" }, revisions: true, hxl: "#affected+num" });
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
