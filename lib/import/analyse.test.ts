import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, figuresToCsv, type ExportRow } from "@/lib/export/csv";
import { figureRow } from "@/lib/figures/test-factories";
import { analyseCsv, MAX_COLUMNS, type Known } from "./analyse";

const known: Known = { conflicts: new Set(["syria"]), metrics: new Map([["deaths", "people"], ["daily_outflow", "people_per_day"]]) };
const exportRow = (over: Partial<ExportRow> = {}): ExportRow => ({ ...figureRow(), sourceKind: "un_agency", reportPublisher: null, note: null, supersedesId: null, ...over });

async function* chunks(...parts: (string | Uint8Array)[]) {
  for (const p of parts) yield typeof p === "string" ? new TextEncoder().encode(p) : p;
}
const analyse = (text: string | Uint8Array, mapping = {}) => analyseCsv(chunks(text), { known, mapping });

describe("analyseCsv", () => {
  it("reads the export's own format, HXL row and all, quotes with commas and newlines intact", async () => {
    const rows = [exportRow({ quote: "line one,\nline two", value: 70_000, qualifier: "about" }), exportRow({ quote: '=HYPERLINK("http://x","y")' })];
    const r = await analyse(figuresToCsv(rows, { hxl: "#affected+killed" }));
    expect(r).toMatchObject({ ok: true, rows: 2, invalidRows: 0, errors: [] });
    if (!r.ok) return;
    expect(r.valid.map((v) => [v.row, v.input.quote, v.input.value])).toEqual([
      [3, "line one,\nline two", 70_000],
      [4, '=HYPERLINK("http://x","y")', 70_000],
    ]);
  });

  it("names each bad row with its row number, column and message, and keeps the good ones", async () => {
    const csv = figuresToCsv([exportRow(), exportRow({ metric: "nonsense" } as Partial<ExportRow>), exportRow({ refDate: "2013-02-30" }), exportRow()])
      .replace(",nonsense,", ",nonsense,");
    const bad = csv.split("\r\n");
    bad[2] = bad[2]!.replace(",deaths,", ",casualties,");
    const r = await analyse(bad.join("\r\n"));
    if (!r.ok) throw new Error(r.fileError);
    expect(r.valid.map((v) => v.row)).toEqual([2, 5]);
    expect(r.errors).toEqual([
      { row: 3, column: "metric", message: "There is no metric “casualties”: use one of deaths, daily_outflow." },
      { row: 4, column: "reference_date", message: "Enter the date the figure refers to as a real date, e.g. 2013-03-01." },
    ]);
  });

  it("takes another layout through a column mapping", async () => {
    const csv = "Country,What,Number,How,As of,Said by,Title,Published,Words\nsyria,deaths,\"1,234\",about,2013-01-01,UN,Report,2013-01-02,about 1234 killed\n";
    expect(await analyse(csv)).toEqual({ ok: false, fileError: expect.stringMatching(/^Required columns are missing: conflict \(slug, e.g. syria\), metric/) });
    const mapping = { conflict: "Country", metric: "What", value: "Number", qualifier: "How", refDate: "As of", source: "Said by", reportTitle: "Title", reportDate: "Published", quote: "Words" };
    const r = await analyse(csv, mapping);
    expect(r).toMatchObject({ ok: true, rows: 1 });
    if (r.ok) expect(r.valid[0]!.input).toMatchObject({ conflict: "syria", value: 1234, qualifier: "about", source: "UN" });
    expect(await analyse(csv, { ...mapping, value: "Amount" })).toEqual({ ok: false, fileError: "The file has no column called “Amount”: choose from its header row." });
  });

  it.each([
    ["an empty file", "", /^The file is empty/],
    ["a header alone", `${CSV_COLUMNS.join(",")}\r\n`, /^The file has a header but no rows/],
    ["Latin-1 text", new Uint8Array([...new TextEncoder().encode(`${CSV_COLUMNS.join(",")}\n`), 0x53, 0xe3, 0x6f, 0x0a]), /not UTF-8 text/],
    ["a binary file", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /not a CSV text file/],
    ["a header of 10,000 columns", Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(","), new RegExp(`10,000 columns; a figures file has at most ${MAX_COLUMNS}`)],
  ])("refuses %s with a sentence", async (_, text, message) => {
    const r = await analyse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fileError).toMatch(message);
  });

  it("reads a file with a BOM, and calls a row of 10,000 cells a bad row", async () => {
    const good = figuresToCsv([exportRow()]);
    const wide = `${Array.from({ length: 10_000 }, () => "x").join(",")}\r\n`;
    const r = await analyse(`\uFEFF${good}${wide}`);
    if (!r.ok) throw new Error(r.fileError);
    expect(r.valid).toHaveLength(1);
    expect(r.errors).toEqual([{ row: 3, column: "—", message: "This row has 10,000 cells but the header has 21: check for a stray comma or an unclosed quote." }]);
  });

  it("reads a file split anywhere into chunks, even inside a character", async () => {
    const bytes = new TextEncoder().encode(figuresToCsv([exportRow({ quote: "Zürich “quoted” — 70 000" })]));
    const parts = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    const r = await analyseCsv(chunks(...parts), { known });
    expect(r.ok && r.valid[0]!.input.quote).toBe("Zürich “quoted” — 70 000");
  });
});
