import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { figureRow } from "@/lib/figures/test-factories";
import type { FigureRow } from "@/lib/figures/types";
import { CSV_COLUMNS, figuresToCsv, neutraliseFormula } from "./csv";

const row = (over: Partial<FigureRow> = {}): FigureRow => figureRow({ qualifier: "about", ...over });

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
        conflict: "Syria",
        metric: "deaths",
        value: "59648",
        low: "",
        high: "",
        qualifier: "exact",
        unit: "people",
        reference_date: "2012-11-30",
        period_start: "2011-03-15",
        source: "United Nations",
        report_title: "A report",
        report_url: "https://example.org/r",
        report_date: "2013-01-02",
        quote: "about 70,000 people have been killed",
        figure_id: "7",
        status: "published",
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
    const [out] = records(figuresToCsv([row({ conflictName: "=1+1", sourceName: "@SUM(A1)", reportTitle: "-2", reportUrl: "+3" })]));
    expect(out).toMatchObject({ conflict: "'=1+1", source: "'@SUM(A1)", report_title: "'-2", report_url: "'+3" });
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

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])("prefixes %j with an apostrophe", (s) => {
    expect(neutraliseFormula(s)).toBe(`'${s}`);
  });

  it.each(["about 70,000", "70000", "", "a = b", "'already"])("leaves %j alone", (s) => {
    expect(neutraliseFormula(s)).toBe(s);
  });
});
