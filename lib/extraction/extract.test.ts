import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";
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
