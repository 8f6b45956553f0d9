// `npm run loadtest`: two `next start` processes on one scratch PostgreSQL (demo data), 20 signed-in editors
// adding figures through POST /api/v1/figures and 50 readers on chart pages and the JSON API for 60 s, spread
// over both; then every acknowledged write is looked for in the database. `-- --faults` also stops PostgreSQL
// for 10 s during the load and kills a server in the middle of a large CSV import. See docs/reliability.md.
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import exitHook from "async-exit-hook";
import pg from "pg";
import { ensureBuild } from "../lib/build";
import { freePort, makeTempClusterDir, portIsFree, startEmbeddedPostgres, type RunningPostgres } from "../lib/embedded-postgres";
import { bin, mustRun, stopChildren, TS_SERVER_SCRIPT, UserFacingError } from "../lib/run";
import { readArgs, USAGE, type LoadArgs } from "./args";
import { checkAudit, findAcknowledged } from "./checks";
import { crashDuringImport, type CrashResult } from "./crash-import";
import type { Outcome } from "./outcome";
import { judgeOutage, runOutage, type OutageReport, type OutageTimes } from "./outage";
import { renderReport, type LoadReport } from "./report";
import { signInThroughForm, startApp, type App } from "./servers";
import { summarise } from "./stats";
import { reader, writer, type Acked, type Target } from "./traffic";
import { writerEmail } from "./workload";

const PG_PORT = 54390;
const DATABASE = "conflict_figures_load";
const SLUG = "syria";
const PASSWORD = `load-${randomBytes(12).toString("hex")}`;
/** The client gives up on a request after this long and counts a timeout (a hang, for --faults). */
const CLIENT_TIMEOUT_MS = 15_000;

let postgres: RunningPostgres | undefined;
let tmp: string | undefined;
let args: LoadArgs;
const say = (s: string) => (args?.json ? console.error : console.log)(`[loadtest] ${s}`);

async function cleanup(): Promise<void> {
  await stopChildren();
  await postgres?.stop().catch(() => {});
  if (tmp && !process.exitCode) rmSync(tmp, { recursive: true, force: true });
  postgres = undefined;
  tmp = undefined;
}

/** Editors made as `npm run user:create` makes them (lib/people), in this process, on the scratch database. */
async function createEditors(count: number): Promise<string[]> {
  const { createUser } = await import("@/lib/people/mutations");
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = writerEmail(i);
    const r = await createUser({ user: { email, name: `Load writer ${i + 1}`, role: "editor", password: PASSWORD }, actor: "loadtest" });
    if ("error" in r) throw new Error(r.error);
    emails.push(email);
  }
  return emails;
}

async function main(): Promise<void> {
  try {
    args = readArgs(process.argv.slice(2));
  } catch (err) {
    throw new UserFacingError(`${(err as Error).message}\nUsage: ${USAGE}`);
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  say("Building the app if its sources changed (next build)…");
  await ensureBuild(say);

  const dirs = makeTempClusterDir("conflict-figures-load-");
  tmp = dirs.root;
  const port = (await portIsFree(PG_PORT)) ? PG_PORT : await freePort();
  say(`Starting a scratch PostgreSQL on port ${port} (data in ${dirs.dataDir})…`);
  postgres = await startEmbeddedPostgres({ dataDir: dirs.dataDir, port, log: console.error });
  await postgres.ensureDatabase(DATABASE);
  const url = postgres.url(DATABASE);
  const secret = randomBytes(32).toString("hex");
  Object.assign(process.env, { DATABASE_URL: url, BETTER_AUTH_SECRET: secret, BETTER_AUTH_URL: "http://127.0.0.1" });
  const childEnv = { env: { ...process.env }, stdio: ["ignore", "ignore", "inherit"] as ("ignore" | "inherit")[] };
  await mustRun("Applying the migrations (prisma migrate deploy)", bin.prisma, ["migrate", "deploy"], childEnv);
  say("Loading the demo data (prisma/seed.ts)…");
  await mustRun("Loading the demo data", "prisma/seed.ts", [], childEnv, TS_SERVER_SCRIPT);
  const editors = await createEditors(args.writers + (args.faults && args.importRows ? 1 : 0));
  await (await import("@/lib/db")).disconnectDb(); // this process's own pool is not part of the test

  const servers: App[] = [];
  for (let i = 0; i < 2; i++) servers.push(await startApp({ index: i, databaseUrl: url, secret, logDir: dirs.root }));
  say(`Two app processes: ${servers.map((s) => `${s.base} (pid ${s.pid})`).join(", ")}; their logs in ${dirs.root}`);
  const targets: Target[] = servers.map((s) => ({ base: s.base, index: s.index }));
  const metrics = ((await (await fetch(`${targets[0]!.base}/api/v1/conflicts`)).json()) as { data: { slug: string; metrics: string[] }[] }).data.find((c) => c.slug === SLUG)?.metrics ?? ["deaths"];

  // one sign-in per writer through the sign-in form, half on each server; one after another, as the
  // throttle counts attempts per address while they are being checked
  say(`Signing in ${args.writers} editors through the sign-in form…`);
  const cookies: string[] = [];
  for (let i = 0; i < args.writers; i++) cookies.push(await signInThroughForm(targets[i % 2]!.base, editors[i]!, PASSWORD));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("error", () => {}); // the outage cuts this connection too; it is opened again after
  const outcomes: Outcome[] = [];
  const acked: Acked[] = [];
  const t0 = performance.now();
  const clock = () => performance.now() - t0;
  const until = args.seconds * 1000;
  say(`Load: ${args.writers} writers and ${args.readers} readers for ${args.seconds} s on both servers${args.faults ? `; PostgreSQL stopped at ${args.outageAt} s for ${args.outageSeconds} s` : ""}…`);
  const loop = { targets, until, clock, timeoutMs: CLIENT_TIMEOUT_MS, record: (o: Outcome) => outcomes.push(o) };
  const progress = setInterval(() => say(`  [${(clock() / 1000).toFixed(0)} s] ${outcomes.length} requests, ${acked.length} writes acknowledged, ${outcomes.filter((o) => o.kind !== "ok").length} errors`), 10_000);
  let outage: Promise<OutageTimes> | undefined;
  if (args.faults) {
    const { dataDir } = dirs;
    outage = runOutage({
      at: args.outageAt,
      seconds: args.outageSeconds,
      clock,
      say,
      stop: () => postgres!.stop(),
      start: async () => {
        postgres = await startEmbeddedPostgres({ dataDir, port, log: console.error });
      },
    });
  }
  await Promise.all([
    ...Array.from({ length: args.readers }, (_, i) => reader(i, { ...loop, slug: SLUG, metrics })),
    ...Array.from({ length: args.writers }, (_, i) => writer(i, { ...loop, cookie: cookies[i]!, slug: SLUG, acked })),
    outage,
  ]);
  clearInterval(progress);
  const seconds = clock() / 1000;
  const times = await outage;

  say("Checking the database…");
  const db = args.faults ? new pg.Client({ connectionString: url }) : client;
  if (args.faults) await db.connect();
  const { found, missing } = await findAcknowledged(db, acked.map((a) => a.id));
  const audit = await checkAudit(db);
  let outageReport: OutageReport | undefined;
  if (times) outageReport = judgeOutage(outcomes, times, servers.length, until);

  let crash: CrashResult | undefined;
  if (args.faults && args.importRows) {
    say("Killing a server in the middle of a CSV import…");
    const app = await startApp({ index: 2, databaseUrl: url, secret, logDir: dirs.root });
    const cookie = await signInThroughForm(app.base, editors.at(-1)!, PASSWORD);
    crash = await crashDuringImport({ app, cookie, client: db, rows: args.importRows, say });
  }
  const auditAfter = crash ? await checkAudit(db) : audit;
  await db.end();
  if (db !== client) await client.end().catch(() => {});

  const report: LoadReport = {
    mode: args.faults ? "faults" : "plain",
    seconds: Math.round(seconds * 10) / 10,
    servers: servers.length,
    writers: args.writers,
    readers: args.readers,
    writesAcknowledged: acked.length,
    writesFound: found,
    missing: missing.slice(0, 20),
    ...summarise(outcomes, seconds),
    audit: auditAfter,
    outage: outageReport,
    crash,
  };
  const out = args.json ? console.error : console.log;
  out(renderReport(report));
  if (args.json) console.log(JSON.stringify(report));

  // every failed request, for a closer look (kept with the server logs when the run fails)
  writeFileSync(`${dirs.root}/failed-requests.ndjson`, outcomes.filter((o) => o.kind !== "ok").map((o) => JSON.stringify(o)).join("\n"));
  writeFileSync(`${dirs.root}/timeline.json`, JSON.stringify({ outage: times ?? null }));
  const failures = [
    ...(missing.length ? [`${missing.length} acknowledged writes are missing`] : []),
    ...(auditAfter.figuresWithoutAudit || auditAfter.auditWithoutFigure ? ["figures and audit events do not match"] : []),
    ...(!args.faults && report.errors ? [`${report.errors} requests failed`] : []),
    ...(outageReport && !outageReport.ok ? ["the outage was not handled as required (see above)"] : []),
    ...(crash && !crash.nothingStored ? ["part of the killed import was stored"] : []),
  ];
  if (failures.length) {
    say(`FAILED: ${failures.join("; ")}. Server logs: ${dirs.root}`);
    process.exitCode = 1;
  } else say("PASSED");
  await stopChildren();
}

exitHook((done) => void cleanup().then(done));

main()
  .then(cleanup)
  .then(() => process.exit(process.exitCode ?? 0))
  .catch(async (err: unknown) => {
    console.error(err instanceof UserFacingError ? `\n${err.message}` : err);
    process.exitCode = 1;
    await cleanup();
    process.exit(1);
  });
