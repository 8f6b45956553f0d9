import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures, extractWithDoubts } from "./extract";
import { readReportFile } from "./report-file";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("the Naharnet report of 1 March 2013", () => {
  const report = readReportFile(fixture("naharnet-2013-03-01-syria.txt"));
  const expected = JSON.parse(fixture("naharnet-2013-03-01-syria.expected.json")) as { metric: string; value: number; qualifier: string; unit: string; source: string; quote: string }[];
  const found = extractFigures(report.text, { publishedOn: report.publishedOn!, publisher: "Naharnet" });

  it("gives exactly its four figures, and nothing else (no resolutions, years, durations or the Group of Eight)", () => {
    expect(found.map((f) => [f.metric, f.value, f.qualifier, f.unit])).toEqual(expected.map((e) => [e.metric, e.value, e.qualifier, e.unit]));
  });

  it("quotes each from its own words, with offsets that point at them in the text", () => {
    for (const [i, f] of found.entries()) {
      expect(f.quote).toContain(expected[i]!.quote.replace(/^(and )?with /, "with "));
      expect(report.text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it("names the speaker, the United Nations, for its three figures, and the newspaper for its own", () => {
    expect(found.map((f) => f.source)).toEqual(["Naharnet", "United Nations", "United Nations", "United Nations"]);
    expect(found.every((f) => f.asOf === "2013-03-01" && f.confidence > 0.5 && f.confidence <= 1)).toBe(true);
  });
});

describe("a headline read for context only (readFrom)", () => {
  const headline = "Clashes kill 12 in central Mali\n\n";
  const body = "Nine people were killed in Gao on Sunday. Three soldiers were killed in Timbuktu on Monday.";
  const read = (readFrom?: number) => extractWithDoubts(headline + body, { publishedOn: "2019-06-18", readFrom }).map((p) => [p.value, p.doubted, p.start >= headline.length]);

  it("proposes nothing from the headline, and reads no count of the text as a part of one of the headline's", () => {
    expect(read(headline.length)).toEqual([
      [9, false, true],
      [3, false, true],
    ]);
  });

  it("reads the whole text otherwise: the headline's toll, and the text's counts as its parts", () => {
    expect(read()).toEqual([
      [12, false, false],
      [9, true, true],
      [3, true, true],
    ]);
  });

  it("lets the headline say who the text counts ('8,230 people in the transit centre' are refugees, not a count the tagger adds)", () => {
    const lead = "Thousands of Congolese refugees flee into Uganda\n\n";
    const [centre] = extractWithDoubts(`${lead}There are now around 8,230 people in the transit centre, the agency said.`, { publishedOn: "2012-07-20", readFrom: lead.length });
    expect(centre).toMatchObject({ metric: "refugees", value: 8230 });
    expect(centre!.added).toBeUndefined();
  });
});
