import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// `npm run --silent extract -- report.txt`, run as a person runs it: a child process, its stdout parsed as JSON.
const root = path.join(import.meta.dirname, "..");
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const shared = path.join(root, "lib/extraction/fixtures/naharnet-2013-03-01-syria.txt");
const dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));

// (each test starts node, which reads the extractor, its tagger weights and places table: about a second alone, more on a
// machine whose two cores are busy)
describe("npm run extract", { timeout: 30_000 }, () => {
  it("prints the shared report's four figures as JSON, each quote at its offsets in the file", async () => {
    const { code, stdout } = await run(shared);
    expect(code).toBe(0);
    const figures = JSON.parse(stdout) as { metric: string; value: number; qualifier: string; unit: string; quote: string; start: number; end: number; source: string }[];
    expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.unit])).toEqual([
      ["deaths", 70_000, "more_than", "people"],
      ["deaths", 70_000, "about", "people"],
      ["daily_outflow", 5000, "at_least", "people_per_day"],
      ["refugees", 1_100_000, "projected", "people"],
    ]);
    const file = readFileSync(shared, "utf8");
    for (const f of figures) expect(file.slice(f.start, f.end)).toBe(f.quote);
    expect(figures[0]!.source).toBe("Naharnet");
  });

  it("reads the headline too, but not the date or the address", async () => {
    const file = path.join(dir, "headline.txt");
    writeFileSync(file, "Nearly 85,000 flee region under martial law\n2017-05-30\nhttps://example.org/2024/85000\n\nThe fighting entered its seventh day.\n");
    const figures = JSON.parse((await run(file)).stdout) as { metric: string; value: number; qualifier: string; quote: string; start: number }[];
    expect(figures.map((f) => [f.metric, f.value, f.qualifier])).toEqual([["idps", 85_000, "nearly"]]);
    expect(figures[0]!.start).toBe(0);
  });

  it("reads a header whose address is left out and whose date is written out, with Windows line ends", async () => {
    const file = path.join(dir, "written-out.txt");
    writeFileSync(file, "Clashes in the north\r\nWednesday, June 5, 2024\r\n\r\nAt least 12 people were killed on Monday, officials said.\r\n");
    const { code, stdout } = await run(file);
    expect(code).toBe(0);
    const figures = JSON.parse(stdout) as { value: number; asOf: string; quote: string; start: number; end: number }[];
    expect(figures.map((f) => [f.value, f.asOf])).toEqual([[12, "2024-06-03"]]);
    expect(readFileSync(file, "utf8").slice(figures[0]!.start, figures[0]!.end)).toBe(figures[0]!.quote);
  });

  it("takes plain text with --date, and says what to do without one", async () => {
    const file = path.join(dir, "plain.txt");
    writeFileSync(file, "At least 12 people were killed on Monday, officials said.");
    const figures = JSON.parse((await run(file, "--date", "2024-06-05")).stdout) as { value: number; asOf: string }[];
    expect(figures.map((f) => [f.value, f.asOf])).toEqual([[12, "2024-06-03"]]);
    const refused = await run(file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--date YYYY-MM-DD");
  });
});
