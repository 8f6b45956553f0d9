// `npm run loadtest -- [--seconds 60] [--writers 20] [--readers 50] [--faults] [--json]`: the options, read once.
// With --faults PostgreSQL is stopped for --outage-seconds (10) from --outage-at (a third into the run), and a
// server is killed in the middle of a CSV import of --import-rows rows. Pure.
import { parseArgs } from "node:util";

export type LoadArgs = {
  seconds: number;
  writers: number;
  readers: number;
  faults: boolean;
  json: boolean;
  /** seconds into the load when PostgreSQL is stopped (--faults) */
  outageAt: number;
  /** how long it stays stopped */
  outageSeconds: number;
  /** rows of the CSV whose import is cut short by killing its server (--faults; 0 skips it) */
  importRows: number;
};

export const USAGE =
  "npm run loadtest -- [--seconds 60] [--writers 20] [--readers 50] [--json] [--faults [--outage-at 20] [--outage-seconds 10] [--import-rows 100000]]";

/** A whole number as a person types it (60, 1,000, 1_000); `min` and `max` bound it. */
function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/[,_]/g, ""));
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`--${name} ${raw} is not a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}: use e.g. --${name} ${fallback}.`);
  }
  return n;
}

export function readArgs(argv: readonly string[]): LoadArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      seconds: { type: "string" },
      writers: { type: "string" },
      readers: { type: "string" },
      faults: { type: "boolean" },
      json: { type: "boolean" },
      "outage-at": { type: "string" },
      "outage-seconds": { type: "string" },
      "import-rows": { type: "string" },
    },
  });
  if (positionals.length) throw new Error(`Unexpected argument "${positionals[0]}": every option starts with --.`);
  const faults = Boolean(values.faults);
  for (const only of ["outage-at", "outage-seconds", "import-rows"] as const) {
    if (values[only] !== undefined && !faults) throw new Error(`--${only} goes with --faults.`);
  }
  const seconds = whole("seconds", values.seconds, 60, 1, 3600);
  const outageSeconds = whole("outage-seconds", values["outage-seconds"], 10, 1, 600);
  const outageAt = whole("outage-at", values["outage-at"], Math.max(1, Math.floor(seconds / 3)), 0, 3600);
  if (faults && outageAt + outageSeconds >= seconds) {
    throw new Error(`The outage (--outage-at ${outageAt} + --outage-seconds ${outageSeconds}) must end before the load does (--seconds ${seconds}), so recovery is seen: raise --seconds.`);
  }
  return {
    seconds,
    writers: whole("writers", values.writers, 20, 0, 500),
    readers: whole("readers", values.readers, 50, 0, 1000),
    faults,
    json: Boolean(values.json),
    outageAt,
    outageSeconds,
    importRows: whole("import-rows", values["import-rows"], 100_000, 0, 2_000_000),
  };
}
