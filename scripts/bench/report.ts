// The benchmark's answer: a table of each measure beside its target (issue 8), the machine it ran on, and the
// generated section of docs/benchmarks.md. Pure apart from reading the machine and writing the file.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../lib/run";

export type Results = Record<string, number | string> & { figures: number; reps: number; total_s: number; machine: string };

type Target = { key: string; label: string; unit: string; ok: (v: number, r: Results) => boolean | null; target: string };

/** The targets of issue 8. series_p95_ms's applies at a million figures; below that it is shown, not judged. */
export const TARGETS: Target[] = [
  { key: "series_ratio", label: "series query: data layer ÷ hand-written SQL", unit: "×", target: "≤ 1.5", ok: (v) => v <= 1.5 },
  { key: "series_endpoint_ratio", label: "series query and chart drawn ÷ that SQL", unit: "×", target: "—", ok: () => null },
  { key: "series_p95_ms", label: "series endpoint p95, 10 clients", unit: "ms", target: "< 100 at 1M", ok: (v, r) => (r.figures >= 1_000_000 ? v < 100 : null) },
  { key: "series_rps", label: "series endpoint requests/s", unit: "req/s", target: "—", ok: () => null },
  { key: "page_p95_ms", label: "conflict page p95, 10 clients", unit: "ms", target: "—", ok: () => null },
  { key: "page_rps", label: "conflict page requests/s", unit: "req/s", target: "—", ok: () => null },
  { key: "export_ratio", label: "CSV export rows/s ÷ COPY TO STDOUT", unit: "×", target: "≥ 0.5", ok: (v) => v >= 0.5 },
  { key: "export_gzip_ratio", label: "the same, gzipped and inflated on the same cores", unit: "×", target: "—", ok: () => null },
  { key: "export_rss_growth_mb", label: "server memory growth during export", unit: "MB", target: "< 200", ok: (v) => v < 200 },
  { key: "import_ratio", label: "import rows/s ÷ COPY FROM STDIN", unit: "×", target: "≥ 0.25", ok: (v) => v >= 0.25 },
  { key: "extract_mb_per_s", label: "extractor on real report text", unit: "MB/s", target: "≥ 1", ok: (v) => v >= 1 },
  { key: "extract_hostile_mb_per_s", label: "extractor on the slowest hostile text shape", unit: "MB/s", target: "≥ 0.1", ok: (v) => v >= 0.1 },
  { key: "first_load_js_kb", label: "conflict page first-load JS (gzip)", unit: "KB", target: "≤ 250", ok: (v) => v <= 250 },
  { key: "total_s", label: "whole run", unit: "s", target: "≤ 900 at 1M", ok: (v, r) => (r.figures >= 1_000_000 ? v <= 900 : null) },
];

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node.js ${process.versions.node}, ${os.type()} ${os.release()}`;
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString("en-US") : String(Math.round(v * 100) / 100));
const verdict = (ok: boolean | null) => (ok === null ? "" : ok ? "met" : "MISSED");

function rows(r: Results): string[][] {
  return TARGETS.filter((t) => typeof r[t.key] === "number").map((t) => {
    const v = r[t.key] as number;
    return [t.key, t.label, `${fmt(v)} ${t.unit}`, t.target, verdict(t.ok(v, r))];
  });
}

/** The table printed at the end of a run. */
export function renderTable(r: Results): string {
  const head = ["measure", "what", "measured", "target", ""];
  const body = rows(r);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const details = Object.entries(r)
    .filter(([k]) => !TARGETS.some((t) => t.key === k) && k !== "machine")
    .map(([k, v]) => `${k}=${typeof v === "number" ? fmt(v) : v}`);
  return [
    "",
    `${r.figures.toLocaleString("en-US")} figures, median of ${r.reps} after a warm-up, on ${r.machine}`,
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
    "",
    `details: ${details.join(" ")}`,
  ].join("\n");
}

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

/** The generated part of docs/benchmarks.md's "npm run bench" section. */
export function docsBlock(r: Results, date = new Date().toISOString().slice(0, 10)): string {
  const table = [
    "| measure | what | measured | target | |",
    "| --- | --- | --- | --- | --- |",
    ...rows(r).map((row) => `| \`${row[0]}\` | ${row.slice(1).join(" | ")} |`),
  ];
  return [
    START,
    `Last full run: ${date}, ${r.figures.toLocaleString("en-US")} figures, median of ${r.reps} after a warm-up, ${Math.round(r.total_s)} s in all, on ${r.machine}.`,
    "",
    ...table,
    "",
    "The run's other numbers (`--json` gives them all):",
    "",
    "```",
    Object.entries(r).filter(([k]) => k !== "machine").map(([k, v]) => `${k}: ${typeof v === "number" ? fmt(v) : v}`).join("\n"),
    "```",
    END,
  ].join("\n");
}

/** Replaces the generated block in docs/benchmarks.md (or appends it when the file has none yet). */
export function writeDocs(r: Results, file = path.join(ROOT, "docs/benchmarks.md")): void {
  const text = readFileSync(file, "utf8");
  const block = docsBlock(r);
  const i = text.indexOf(START);
  const j = text.indexOf(END);
  writeFileSync(file, i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + END.length) : `${text.trimEnd()}\n\n${block}\n`);
}
