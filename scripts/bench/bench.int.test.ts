// Smoke run of `npm run bench` at 10,000 figures, so the benchmark does not rot: it must finish and print
// every measure as a number in its JSON line. Without the server part (that needs `next build`, which the
// e2e run makes later); no timing is asserted.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function bench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/index.ts", ...args], { cwd: root, env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

it("npm run bench -- --figures 10000 prints every measure it takes", { timeout: 180_000 }, async () => {
  const r = await bench(["--figures", "10000", "--reps", "1", "--import-rows", "1000", "--extract-mb", "1", "--no-server", "--json"]);
  expect(r.code, r.stderr).toBe(0);
  const last = r.stdout.trim().split("\n").at(-1)!;
  const json = JSON.parse(last) as Record<string, unknown>;
  for (const key of ["series_ratio", "series_app_ms", "series_sql_ms", "import_ratio", "extract_mb_per_s", "extract_hostile_mb_per_s", "generate_s"]) {
    expect(json[key], key).toEqual(expect.any(Number));
    expect(Number.isFinite(json[key]), key).toBe(true);
  }
  expect(json.figures).toBe(10_000);
  expect(r.stderr).toContain("series_ratio");
});
