import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadDemoData } from "./demo-data";

const read = (name: string) => readFileSync(path.join(import.meta.dirname, name), "utf8");

type Expected = { metric: string; value: number; qualifier: string; unit: string; source: string; quote: string };
const expected = JSON.parse(read("naharnet-2013-03-01-syria.expected.json")) as Expected[];
const csvRows = parse(read("syria-death-toll-estimates.csv"), { columns: true }) as Record<string, string>[];

const demo = loadDemoData();
const naharnet = demo.figures.slice(0, 4);
const estimates = demo.figures.slice(4);

describe("loadDemoData", () => {
  it("yields the Syria conflict", () => {
    expect(demo.conflict).toMatchObject({ slug: "syria", name: "Syria" });
    for (const f of demo.figures) expect(f.conflict).toBe("syria");
  });

  it("yields 17 figures: 4 from the Naharnet report and 13 estimates", () => {
    expect(expected).toHaveLength(4);
    expect(csvRows).toHaveLength(13);
    expect(demo.figures).toHaveLength(17);
    for (const f of naharnet) expect(f.reportTitle).toBe(demo.reports[0]!.title);
    expect(demo.reports[0]).toMatchObject({ publisher: "Naharnet", publishedOn: "2013-03-01" });
  });

  it("gives the Naharnet figures as the expected file has them", () => {
    expect(naharnet.map(({ metric, value, qualifier, quote }) => ({ metric, value, qualifier, quote }))).toEqual(
      expected.map(({ metric, value, qualifier, quote }) => ({ metric, value, qualifier, quote })),
    );
    for (const f of naharnet) expect(f).toMatchObject({ refDate: "2013-03-01", reportDate: "2013-03-01" });
  });

  it("quotes the Naharnet report verbatim", () => {
    const fullText = demo.reports[0]!.fullText;
    expect(fullText).toBeTruthy();
    for (const f of naharnet) expect(fullText).toContain(f.quote);
  });

  it("carries the CSV's values, qualifiers and report dates for the estimates", () => {
    expect(estimates.map((f) => ({ metric: f.metric, value: f.value, qualifier: f.qualifier, reportDate: f.reportDate, reportUrl: f.reportUrl }))).toEqual(
      csvRows.map((r) => ({ metric: r.metric, value: Number(r.value), qualifier: r.qualifier, reportDate: r.source_date, reportUrl: r.source_url })),
    );
  });

  it("dates each estimate by the CSV's as-of date when it has one", () => {
    csvRows.forEach((r, i) => {
      if (r.as_of_date) expect(estimates[i]!.refDate).toBe(r.as_of_date);
      expect(estimates[i]!.refDate <= estimates[i]!.reportDate).toBe(true);
    });
  });

  it("has at least three distinct sources for deaths", () => {
    const sources = new Set(demo.figures.filter((f) => f.metric === "deaths").map((f) => f.source));
    expect(sources.size).toBeGreaterThanOrEqual(3);
  });

  it("has one report per estimate besides the Naharnet report", () => {
    expect(demo.reports).toHaveLength(1 + csvRows.length);
  });
});
