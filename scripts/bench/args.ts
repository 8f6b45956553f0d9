// `npm run bench -- [--figures N] [--reps N] [--json] [--write-docs] [--no-docs]`: the options, read once; the
// smaller knobs (--import-rows, --load-seconds, --extract-mb, --no-server) are for the smoke test. Pure.
import { parseArgs } from "node:util";

export type BenchArgs = {
  figures: number;
  reps: number;
  json: boolean;
  docs: boolean;
  importRows: number;
  loadSeconds: number;
  extractMb: number;
  /** skip what needs `next build` and a running server (load, export, first-load JS) */
  server: boolean;
};

export const DEFAULT_FIGURES = 1_000_000;
export const USAGE =
  "npm run bench -- [--figures 1000000] [--reps 5] [--json] [--write-docs | --no-docs] [--import-rows 100000] [--load-seconds 5] [--extract-mb 4] [--no-server]";

/** A count as a person types it: 1000000, 1,000,000, 1_000_000 or 1e6. */
function count(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/[,_]/g, ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} ${raw} is not a whole number of at least ${min}: use e.g. --${name} ${fallback}.`);
  return n;
}

export function readArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      figures: { type: "string" },
      reps: { type: "string" },
      json: { type: "boolean" },
      "write-docs": { type: "boolean" },
      "no-docs": { type: "boolean" },
      "import-rows": { type: "string" },
      "load-seconds": { type: "string" },
      "extract-mb": { type: "string" },
      "no-server": { type: "boolean" },
    },
  });
  const figures = count("figures", values.figures, DEFAULT_FIGURES, 1000);
  return {
    figures,
    reps: count("reps", values.reps, 5, 1),
    json: Boolean(values.json),
    // the results section is rewritten by the full run (or when asked), not by smoke runs at small sizes
    docs: values["no-docs"] ? false : Boolean(values["write-docs"]) || figures >= DEFAULT_FIGURES,
    importRows: count("import-rows", values["import-rows"], 100_000, 100),
    loadSeconds: count("load-seconds", values["load-seconds"], 5, 1),
    extractMb: count("extract-mb", values["extract-mb"], 4, 1),
    server: !values["no-server"],
  };
}
