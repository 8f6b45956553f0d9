// `npm run import -- file.csv [--dry-run] [--partial] [--skip-duplicates] [--map field:Column|…] [--as someone@example.org]`:
// the upload route's import (runImport) from the command line, into the DATABASE_URL database. Prints what it
// found and what it wrote. Exit 0 when written (or a clean dry run), 1 when rows have problems or nothing was
// written, 2 when the file (or the command) is wrong.
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { parseMapping } from "@/lib/import/columns";
import { runImport, type ImportReport } from "@/lib/import/run";

class Usage extends Error {}

const USAGE = "npm run import -- file.csv [--dry-run] [--partial] [--skip-duplicates] [--map field:Column|…] [--as someone@example.org]";
const LISTED = 50;
const n = (x: number) => x.toLocaleString("en-US");
const plural = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? "" : "s"}`;

function args(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { "dry-run": { type: "boolean" }, partial: { type: "boolean" }, "skip-duplicates": { type: "boolean" }, map: { type: "string" }, as: { type: "string" } },
    });
    if (positionals.length !== 1) throw new Usage(`Name one CSV file: ${USAGE}`);
    if (values.as !== undefined && !/^[^\s@]+@[^\s@]+$/.test(values.as)) throw new Usage(`--as is the email of the person the import is recorded under, e.g. --as someone@example.org.`);
    return { file: positionals[0]!, values };
  } catch (err) {
    if (err instanceof Usage) throw err;
    throw new Usage(`${(err as Error).message.split(".")[0]}: use ${USAGE}`);
  }
}

/** What an editor reads after an import: counts, each bad row (the first 50), duplicates, what was written. */
function summary(r: Extract<ImportReport, { ok: true }>, dryRun: boolean, skipDuplicates: boolean): string[] {
  const out = [`${plural(r.rows, "row")}: ${n(r.valid)} valid, ${n(r.invalidRows)} with problems.`];
  for (const e of r.errors.slice(0, LISTED)) out.push(`  row ${e.row}, column ${e.column}: ${e.message}`);
  if (r.errors.length > LISTED) out.push(`  … and ${n(r.errors.length - LISTED)} more`);
  if (r.duplicates.length) {
    const rows = r.duplicates.slice(0, 20).join(", ") + (r.duplicates.length > 20 ? ", …" : "");
    out.push(`${plural(r.duplicates.length, "row")} ${r.duplicates.length === 1 ? "repeats" : "repeat"} a stored figure (rows ${rows})${skipDuplicates ? " and are skipped" : ": --skip-duplicates leaves them out"}.`);
  }
  if (r.committed) {
    const c = r.committed;
    out.push(`Wrote ${plural(c.created, "figure")} (${plural(c.drafts, "draft")})${c.skipped ? `, skipped ${plural(c.skipped, "duplicate")}` : ""}, as import ${c.importId}.`);
  } else if (r.refused) out.push(r.refused);
  else if (dryRun) out.push(`Dry run: nothing was written. ${r.invalidRows ? "Fix the rows above, or add --partial to write only the valid ones." : "Run again without --dry-run to write them."}`);
  return out;
}

async function main(): Promise<number> {
  const { file, values } = args(process.argv.slice(2));
  const size = await stat(file).catch(() => null);
  if (!size?.isFile()) throw new Usage(`There is no file ${file}: check the path.`);
  if (!process.env.DATABASE_URL) {
    throw new Usage("DATABASE_URL is not set: start the app with `npm start` (its embedded database is postgresql://postgres:postgres@localhost:54329/conflict_figures) and set DATABASE_URL to that, or to your own PostgreSQL.");
  }
  // env() wants the sign-in secret; nothing here signs a cookie, so a throwaway one is enough
  process.env.BETTER_AUTH_SECRET ||= randomBytes(32).toString("hex");
  const dryRun = Boolean(values["dry-run"]);
  const skipDuplicates = Boolean(values["skip-duplicates"]);
  const progress = process.stderr.isTTY
    ? (p: { rows: number; bytes: number }) => process.stderr.write(`\rRead ${n(p.rows)} rows (${Math.round((100 * p.bytes) / Math.max(1, size.size))}%)…`)
    : undefined;
  const report = await runImport(createReadStream(file), {
    options: { commit: !dryRun, partial: Boolean(values.partial), skipDuplicates, mapping: parseMapping(values.map), fileName: path.basename(file) },
    actor: values.as ?? `cli:${userInfo().username}`,
    review: env().REVIEW,
    onProgress: progress,
  });
  if (progress) process.stderr.write("\n");
  if (!report.ok) throw new Usage(report.fileError);
  console.log(summary(report, dryRun, skipDuplicates).join("\n"));
  if (report.committed) return 0;
  return dryRun && report.invalidRows === 0 ? 0 : 1;
}

const cause = (err: unknown) => (err as { code?: string })?.code ?? (err as { cause?: { code?: string } })?.cause?.code;

main()
  .then((code) => (process.exitCode = code))
  .catch((err: unknown) => {
    if (err instanceof Usage) console.error(err.message);
    else if (cause(err) === "ECONNREFUSED") console.error("Cannot reach the database at DATABASE_URL: start it (e.g. `npm start`) or check the address.");
    else console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  })
  .finally(() => disconnectDb());
