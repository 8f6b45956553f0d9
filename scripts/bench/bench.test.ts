// The benchmark's pure parts: its options, the median, COPY's escaping, the generated figures' invariants and
// the docs block it writes. No timings are asserted anywhere.
import { describe, expect, it } from "vitest";
import { readArgs } from "./args";
import { copyCell } from "./copy";
import { CONFLICTS, makeFigure, METRIC_SLUGS, random, reportOf, SOURCES } from "./generate";
import { docsBlock, renderTable, type Results } from "./report";
import { interleave, median } from "./timing";

describe("readArgs", () => {
  it("defaults to a million figures, five repetitions and the docs written", () => {
    expect(readArgs([])).toMatchObject({ figures: 1_000_000, reps: 5, json: false, docs: true, importRows: 100_000, server: true });
  });
  it("reads counts as people type them, and leaves the docs alone at smaller sizes", () => {
    expect(readArgs(["--figures", "10,000", "--json"])).toMatchObject({ figures: 10_000, json: true, docs: false });
    expect(readArgs(["--figures", "1_000_000", "--no-docs"]).docs).toBe(false);
  });
  it("refuses what is not a count", () => {
    expect(() => readArgs(["--figures", "lots"])).toThrow(/--figures lots is not a whole number/);
    expect(() => readArgs(["--reps", "0"])).toThrow(/at least 1/);
  });
});

it("interleave runs each part once per round, in turn, and keeps each part's results", async () => {
  const calls: string[] = [];
  const part = (name: string) => async () => {
    calls.push(name);
    return `${name}${calls.length}`;
  };
  const out = await interleave(3, { a: part("a"), b: part("b") });
  expect(calls).toEqual(["a", "b", "a", "b", "a", "b"]);
  expect(out.a.results).toEqual(["a1", "a3", "a5"]);
  expect(out.b.results).toEqual(["b2", "b4", "b6"]);
  expect(out.a.ms).toHaveLength(3);
});

it("median takes the middle, or the mean of the two middles", () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

it("copyCell escapes what COPY's text format treats specially", () => {
  expect(copyCell("a\tb\\c\nd")).toBe("a\\tb\\\\c\\nd");
  expect(copyCell("\\N")).toBe("\\N");
  expect(copyCell(42)).toBe("42");
});

describe("makeFigure", () => {
  const total = 30_000;
  const rand = random(8);
  const figures = Array.from({ length: total }, (_, i) => makeFigure(i, total, rand));

  it("spreads figures over every conflict, metric and source", () => {
    expect(new Set(figures.map((f) => f.conflict)).size).toBe(CONFLICTS);
    expect(new Set(figures.map((f) => f.metric)).size).toBe(METRIC_SLUGS.length);
    expect(new Set(figures.map((f) => f.source)).size).toBe(SOURCES);
  });
  it("keeps bounds around the value, and revisions pointing back within their own series", () => {
    for (const f of figures) {
      if (f.low !== null) expect(f.low).toBeLessThanOrEqual(f.value);
      if (f.high !== null) expect(f.high).toBeGreaterThanOrEqual(f.value);
      if (f.supersedesId !== null) {
        const old = figures[f.supersedesId - 1]!;
        expect([old.conflict, old.metric, old.source]).toEqual([f.conflict, f.metric, f.source]);
      }
      expect(reportOf(f.report)).toMatchObject({ conflict: f.conflict, source: f.source });
    }
    expect(figures.filter((f) => f.supersedesId !== null).length).toBeGreaterThan(0);
  });
});

describe("the report", () => {
  const results = { figures: 1_000_000, reps: 5, total_s: 950, machine: "2 cores", series_ratio: 3.2, extract_mb_per_s: 2 } as Results;
  it("judges each measure against its target", () => {
    const table = renderTable(results);
    expect(table).toMatch(/series_ratio .* 3\.2 × +≤ 1\.5 +MISSED/);
    expect(table).toMatch(/extract_mb_per_s .* 2 MB\/s +≥ 1 +met/);
    expect(table).toMatch(/total_s .* 950 s +≤ 900 at 1M +MISSED/);
  });
  it("writes one block that a later run replaces", () => {
    const block = docsBlock(results, "2026-11-28");
    expect(block.startsWith("<!-- bench:results:start -->")).toBe(true);
    expect(block).toContain("| `series_ratio` | series query: data layer ÷ hand-written SQL | 3.2 × | ≤ 1.5 | MISSED |");
  });
});
