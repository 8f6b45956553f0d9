// `npm run export -- --conflict syria [--metric deaths] [--source UNHCR] [--status all] [--from 2013-01-01]
// [--to 2015-12-31] [--hxl] [--revisions] > syria.csv`: the CSV that GET /api/v1/figures.csv gives, from the
// same code (parseExportOptions, exportCsvFile), streamed to stdout from the DATABASE_URL database.
// A bad flag or an unknown conflict or metric is one sentence on stderr and exit code 2.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { getConflict } from "@/lib/conflicts/queries";
import { disconnectDb } from "@/lib/db";
import { exportCsvFile } from "@/lib/export/file";
import { parseExportOptions } from "@/lib/export/options";
import { getMetric } from "@/lib/metrics/queries";

class Usage extends Error {}

const USAGE = "npm run export -- [--conflict syria] [--metric deaths] [--source NAME] [--status published|draft|all] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--hxl] [--revisions] > file.csv";
const TEXT = ["conflict", "metric", "source", "status", "from", "to"] as const;

const NO_DATABASE =
  "DATABASE_URL is not set: start the app with `npm start` (its embedded database is postgresql://postgres:postgres@localhost:54329/conflict_figures) and set DATABASE_URL to that, or to your own PostgreSQL.";

/** The flags as the query string the API route reads, so both are checked by the same schema. */
function exportParams(argv: string[]): URLSearchParams {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { ...Object.fromEntries(TEXT.map((t) => [t, { type: "string" as const }])), hxl: { type: "boolean" }, revisions: { type: "boolean" } },
    }));
  } catch (err) {
    throw new Usage(`${(err as Error).message.split(".")[0]}: use ${USAGE}`);
  }
  const params = new URLSearchParams();
  for (const t of TEXT) if (typeof values[t] === "string") params.set(t, values[t]);
  if (values.hxl) params.set("hxl", "1");
  if (values.revisions) params.set("revisions", "1");
  return params;
}

async function main(): Promise<void> {
  const parsed = parseExportOptions(exportParams(process.argv.slice(2)));
  if (!parsed.ok) throw new Usage(parsed.error.replace(/^(conflict|metric|source|status|from|to|hxl|revisions) /, "--$1 "));
  if (!process.env.DATABASE_URL) throw new Usage(NO_DATABASE);
  // env() wants the sign-in secret; nothing here signs a cookie, so a throwaway one is enough
  process.env.BETTER_AUTH_SECRET ||= randomBytes(32).toString("hex");
  const { filter, hxl, revisions } = parsed.data;
  if (filter.conflict && !(await getConflict({ slug: filter.conflict }))) throw new Usage(`There is no conflict "${filter.conflict}": check the slug on the conflicts page.`);
  const metric = filter.metric ? await getMetric({ slug: filter.metric }) : null;
  if (filter.metric && !metric) throw new Usage(`There is no metric "${filter.metric}": use a metric slug such as deaths or refugees.`);

  let closed = false;
  process.stdout.on("error", () => (closed = true)); // the reader went away (e.g. `| head`): stop quietly
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => (process.stdout.off("drain", done), process.stdout.off("error", done), resolve());
      process.stdout.on("drain", done).on("error", done);
    });
  for await (const chunk of await exportCsvFile({ filter, revisions, hxlTag: hxl ? (metric?.hxlTag ?? "#affected+num") : null })) {
    if (closed) break;
    if (!process.stdout.write(chunk)) await drained();
  }
}

const cause = (err: unknown) => (err as { code?: string; cause?: { code?: string } })?.code ?? (err as { cause?: { code?: string } })?.cause?.code;

main()
  .catch((err: unknown) => {
    if (err instanceof Usage) console.error(err.message);
    else if (cause(err) === "ECONNREFUSED") console.error("Cannot reach the database at DATABASE_URL: start it (e.g. `npm start`) or check the address.");
    else console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  })
  .finally(() => disconnectDb());
