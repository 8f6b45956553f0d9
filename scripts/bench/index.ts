// `npm run bench`: a scratch PostgreSQL with a million generated figures (or --figures N), then the app
// measured against PostgreSQL's own floor on the same machine: series, load, export, import, extraction and
// first-load JavaScript. Prints a table with the targets (and with --json one JSON object as the last line).
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import exitHook from "async-exit-hook";
import pg from "pg";
import { ensureBuild } from "../lib/build";
import { freePort, makeTempClusterDir, portIsFree, startEmbeddedPostgres, type RunningPostgres } from "../lib/embedded-postgres";
import { bin, mustRun, stopChildren, UserFacingError } from "../lib/run";
import { readArgs, USAGE, type BenchArgs } from "./args";
import { measureExtraction } from "./extract";
import { conflictSlug, loadFigures } from "./generate";
import { measureImport } from "./import";
import { machine, renderTable, writeDocs, type Results } from "./report";
import { measureSeries } from "./series";
import { measureExport, measureFirstLoad, measureLoad, startServer } from "./server";

const BENCH_PG_PORT = 54380;
const DATABASE = "conflict_figures_bench";

let postgres: RunningPostgres | undefined;
let tmp: string | undefined;
let args: BenchArgs;

// progress goes to stderr with --json, so stdout ends with the JSON line alone
const say = (s: string) => (args?.json ? console.error : console.log)(`[bench] ${s}`);

async function cleanup(): Promise<void> {
  await stopChildren();
  await postgres?.stop().catch(() => {});
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  postgres = undefined;
  tmp = undefined;
}

async function main(): Promise<void> {
  try {
    args = readArgs(process.argv.slice(2));
  } catch (err) {
    throw new UserFacingError(`${(err as Error).message}\nUsage: ${USAGE}`);
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  // each section's numbers as soon as it has them, so a run cut short still tells what it measured
  const done = (part: object) => say(`  [${elapsed()}] ${JSON.stringify(part, (_k, v: unknown) => (typeof v === "number" ? Math.round(v * 100) / 100 : v))}`);

  if (args.server) {
    say("Building the app if its sources changed (next build)…");
    await ensureBuild(say);
  }

  const dirs = makeTempClusterDir("conflict-figures-bench-");
  tmp = dirs.root;
  const port = (await portIsFree(BENCH_PG_PORT)) ? BENCH_PG_PORT : await freePort();
  say(`Starting a scratch PostgreSQL on port ${port} (data in ${dirs.dataDir})…`);
  postgres = await startEmbeddedPostgres({ dataDir: dirs.dataDir, port, log: console.error });
  await postgres.ensureDatabase(DATABASE);
  const url = postgres.url(DATABASE);
  // the app's modules read these when first used (lib/env, lib/db)
  process.env.DATABASE_URL = url;
  process.env.BETTER_AUTH_SECRET ||= randomBytes(32).toString("hex");
  await mustRun("Applying the migrations (prisma migrate deploy)", bin.prisma, ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    say(`Generating ${args.figures.toLocaleString("en-US")} figures…`);
    const t = Date.now();
    const { reports } = await loadFigures(client, args.figures, say);
    const generateSeconds = (Date.now() - t) / 1000;
    say(`  done in ${generateSeconds.toFixed(1)} s (${reports.toLocaleString("en-US")} reports) [${elapsed()}]`);

    const slug = conflictSlug(0);
    say("series_ratio: the data layer against hand-written SQL…");
    const series = await measureSeries(client, { slug, metric: "deaths", reps: args.reps });
    done(series);

    let served = {};
    if (args.server) {
      say("Starting the production server (next start)…");
      const server = await startServer({ databaseUrl: url });
      say("Load: 10 concurrent clients on the series endpoint and the conflict page…");
      const load = await measureLoad(server, { slug, metric: "deaths", reps: args.reps, seconds: args.loadSeconds });
      done(load);
      say("first_load_js_kb…");
      const firstLoad = await measureFirstLoad(server, slug);
      done(firstLoad);
      await server.stop();
      // a fresh server for the export: right after the page load above, the same process took half again as
      // long for the next half-minute and more (its heap swollen by the renders), the load's aftermath, not the export
      const exportServer = await startServer({ databaseUrl: url });
      say("Export: figures.csv against COPY TO STDOUT…");
      const exported = await measureExport(exportServer, client, { reps: args.reps });
      done(exported);
      await exportServer.stop();
      served = { ...load, ...exported, ...firstLoad };
    }

    say(`Import: ${args.importRows.toLocaleString("en-US")} rows through runImport against COPY FROM STDIN…`);
    const imported = await measureImport(client, { rows: args.importRows, reps: args.reps });
    done(imported);
    say("Extraction…");
    const extraction = await measureExtraction({ reps: args.reps, megabytes: args.extractMb });
    done(extraction);

    const results: Results = {
      figures: args.figures,
      reps: args.reps,
      generate_s: generateSeconds,
      ...series,
      ...served,
      ...imported,
      ...extraction,
      total_s: (Date.now() - started) / 1000,
      machine: machine(),
    };
    const out = args.json ? console.error : console.log;
    out(renderTable(results));
    if (args.docs) {
      writeDocs(results);
      say("Wrote the results to docs/benchmarks.md.");
    }
    if (args.json) console.log(JSON.stringify(results));
  } finally {
    await client.end();
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
  }
}

exitHook((done) => void cleanup().then(done));

main()
  .then(cleanup)
  .then(() => process.exit(0))
  .catch(async (err: unknown) => {
    console.error(err instanceof UserFacingError ? `\n${err.message}` : err);
    await cleanup();
    process.exit(1);
  });
