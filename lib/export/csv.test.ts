import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureRow } from "@/lib/figures/test-factories";
import { CSV_COLUMNS, crlfRecords, csvHeader, csvLines, figureToCsvRecord, figuresToCsv, hxlRow, neutraliseFormula, type ExportRow } from "./csv";

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  ...figureRow({ qualifier: "about" }),
  sourceKind: "un_agency",
  reportPublisher: "example.org",
  note: null,
  supersedesId: null,
  ...over,
});

const records = (csv: string): Record<string, string>[] => parse(csv, { columns: true });

describe("figuresToCsv", () => {
  it("starts with a header row equal to CSV_COLUMNS", () => {
    const [header] = parse(figuresToCsv([])) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it("writes one record per figure with its provenance", () => {
    const r = row({ id: 7, value: 59_648, qualifier: "exact", periodStart: "2011-03-15", refDate: "2012-11-30", reportDate: "2013-01-02" });
    expect(records(figuresToCsv([r]))).toEqual([
      {
        figure_id: "7",
        conflict: "syria",
        conflict_name: "Syria",
        metric: "deaths",
        value: "59648",
        low: "",
        high: "",
        qualifier: "exact",
        unit: "people",
        reference_date: "2012-11-30",
        period_start: "2011-03-15",
        source: "United Nations",
        source_kind: "un_agency",
        report_title: "A report",
        report_url: "https://example.org/r",
        report_date: "2013-01-02",
        report_publisher: "example.org",
        quote: "about 70,000 people have been killed",
        note: "",
        status: "published",
        revises_figure_id: "",
      },
    ]);
  });

  it("round-trips quotes with commas, double quotes and newlines", () => {
    const quotes = ['more than 70,000, says the UN', 'he said "about 70,000" people', "line one\nline two\r\nline three", 'all, "of"\nthem'];
    const out = records(figuresToCsv(quotes.map((quote) => row({ quote }))));
    expect(out.map((r) => r.quote)).toEqual(quotes);
  });

  it.each(["=", "+", "-", "@"])("neutralises a quote starting with %s", (c) => {
    const quote = `${c}HYPERLINK("http://evil.example")`;
    const [out] = records(figuresToCsv([row({ quote })]));
    expect(out!.quote).toBe(`'${quote}`);
  });

  it("neutralises other text cells too", () => {
    const [out] = records(figuresToCsv([row({ conflictName: "=1+1", sourceName: "@SUM(A1)", reportTitle: "-2", reportUrl: "+3", note: "\t=x", reportPublisher: "=p" })]));
    expect(out).toMatchObject({ conflict_name: "'=1+1", source: "'@SUM(A1)", report_title: "'-2", report_url: "'+3", note: "'\t=x", report_publisher: "'=p" });
  });

  it("leaves numbers as they are and writes absent bounds as empty cells", () => {
    const [a, b] = records(figuresToCsv([row({ value: 0, low: null, high: null }), row({ value: 250_000, low: 200_000, high: 10_000_000_000 })]));
    expect(a).toMatchObject({ value: "0", low: "", high: "" });
    expect(b).toMatchObject({ value: "250000", low: "200000", high: "10000000000" });
  });

  it("writes a missing quote, URL and period start as empty cells", () => {
    const [out] = records(figuresToCsv([row({ quote: null, reportUrl: null, periodStart: null })]));
    expect(out).toMatchObject({ quote: "", report_url: "", period_start: "" });
  });

  it("ends every record with CRLF", () => {
    const csv = figuresToCsv([row(), row()]);
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });
});

describe("the HXL row and streaming", () => {
  it("puts the hashtag row under the header, with the metric's own tag on the value and its bounds", () => {
    const [header, tags, first] = parse(figuresToCsv([row({ supersedesId: 3 })], { hxl: "#affected+killed" })) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(tags).toEqual(hxlRow("#affected+killed"));
    const tag = (c: string) => tags![CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number])];
    expect([tag("value"), tag("low"), tag("report_date"), tag("source"), tag("report_url")]).toEqual([
      "#affected+killed",
      "#affected+killed+min",
      "#date+reported",
      "#meta+source",
      "#meta+url",
    ]);
    expect(tags!.every((t) => t.startsWith("#"))).toBe(true);
    expect(first![CSV_COLUMNS.indexOf("revises_figure_id")]).toBe("3");
  });

  it("is the header, the HXL line when asked, then one CRLF line per figure", () => {
    const rows = [row({ quote: "a, b" }), row({ quote: 'say "c"' }), row()];
    expect(figuresToCsv(rows, { hxl: "#affected+num" })).toBe(csvHeader({ hxl: "#affected+num" }) + csvLines(rows.map(figureToCsvRecord)));
    expect(csvHeader()).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])("prefixes %j with an apostrophe", (s) => {
    expect(neutraliseFormula(s)).toBe(`'${s}`);
  });

  it("adds one more apostrophe to text that already starts with one before a formula character", () => {
    expect(neutraliseFormula("'=not a formula")).toBe("''=not a formula");
  });

  it.each(["about 70,000", "70000", "", "a = b", "'already"])("leaves %j alone", (s) => {
    expect(neutraliseFormula(s)).toBe(s);
  });
});

describe("csvLines", () => {
  it("reads back cell for cell whatever the text: commas, quotes, lone CR or LF, CRLF, leading spaces, empty", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: fc.constantFrom("a", "é", ",", '"', "\r", "\n", " ", "'", "=", "x") }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (recs) => {
        // csv-parse reads an empty line as no record; a lone empty cell is written as "" only when quoted, so skip those
        fc.pre(recs.every((r) => r.length > 1 || r[0] !== ""));
        expect(parse(csvLines(recs), { relax_column_count: true })).toEqual(recs);
      }),
      { numRuns: 300 },
    );
  });

  it("quotes a cell with a lone line break, so a spreadsheet keeps it in its row", () => {
    expect(csvLines([["a\nb", "c"], ["d\re", "f"]])).toBe('"a\nb",c\r\n"d\re",f\r\n');
    expect(csvLines([['say "70,000"', "plain"]])).toBe('"say ""70,000""",plain\r\n');
  });
});

describe("crlfRecords", () => {
  // what PostgreSQL's COPY … (FORMAT csv) writes: the same quoting (any comma, quote, CR or LF), records ended by LF
  const quoteCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const copyText = (recs: string[][]) => recs.map((r) => `${r.map(quoteCell).join(",")}\n`).join("");
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("ends each record with CRLF and leaves line breaks inside quoted cells alone, however the stream is cut", () => {
    const cellText = fc.string({ unit: fc.constantFrom("a", "é", ",", '"', "\r", "\n", " ", "=") });
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (recs, cuts) => {
        const all = bytes(copyText(recs));
        const at = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
        const toCrlf = crlfRecords();
        const parts = [0, ...at, all.length].slice(1).map((end, i, ends) => toCrlf(all.subarray(i === 0 ? 0 : ends[i - 1]!, end)));
        expect(Buffer.concat(parts).toString("utf8")).toBe(csvLines(recs));
      }),
      { numRuns: 500 },
    );
  });

  it("gives a chunk without a record end back as it is", () => {
    const chunk = bytes('"a\nb",c');
    expect(crlfRecords()(chunk)).toBe(chunk);
  });

  it("turns a record end into CRLF right after a quoted cell that ended in the previous chunk", () => {
    const toCrlf = crlfRecords();
    const out = [toCrlf(bytes('1,"x\n')), toCrlf(bytes('y""z"\n2,w\n'))];
    expect(Buffer.concat(out).toString()).toBe('1,"x\ny""z"\r\n2,w\r\n');
  });
});
