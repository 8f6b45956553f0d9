import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";
import { score, type Expected } from "./score";

// BLIND set (fixtures/BLIND.md): 11 real report passages on other conflicts, annotated by the rules of fixtures/README.md
// before the extractor was ever run on them. It measures how the rules generalise; it is NOT for tuning: do not change
// rules to fix a case seen here, and do not edit its annotations to match the extractor.
type Report = { text: string; published: string | null; expected: Expected[] };
const reports = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "blind-reports.json"), "utf8")) as Report[];

describe(`${reports.length} blind report passages`, () => {
  const result = score(reports.map((r) => ({ expected: r.expected, proposed: extractFigures(r.text, { publishedOn: r.published ?? "2024-06-01", publisher: "Publisher", parts: "drop" }) })));

  // first blind measurement (2026-11-28): 0.574 precision (35/61), 0.897 recall (35/39), 0.943 qualifiers (33/35);
  // second, after rules written only from fixtures/dev-reports-2.json and dev-reports-3.json (no passage or answer of
  // this set read): 0.725 (37/51), 0.949 (37/39), 1.0 (37/37); third, after the rules written from dev-reports-4.json
  // (again nothing of this set read, only the totals printed): 0.755 (37/49), 0.949 (37/39), 1.0 (37/37); after those from
  // dev-reports-5.json: 0.755, 0.949, 0.973 (36/37); after those from dev-reports-6.json: the same; after the change to
  // the letter (fixtures/LETTER.md: a qualifier no longer carried over "and" to the next count, which this set's
  // annotations do carry): 0.755, 0.949, 0.946 (35/37); after the seventh to tenth development sets' rules, read by the
  // letter (2026-11-29), one proposal more: 0.725 (37/51), 0.949, 0.946. The floor sits a little under it (see fixtures/BLIND.md)
  it("finds their figures at least as well as when last measured blind", () => {
    expect(reports.length).toBeGreaterThanOrEqual(10);
    expect(result.precision).toBeGreaterThanOrEqual(0.71);
    expect(result.recall).toBeGreaterThanOrEqual(0.92);
    expect(result.qualifierRate).toBeGreaterThanOrEqual(0.94);
  });
});
