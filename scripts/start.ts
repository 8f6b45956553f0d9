// `npm start` (and `npm run dev` with --dev): the app on http://localhost:3000. Without DATABASE_URL it
// runs an embedded PostgreSQL with data in .data/pg, applies pending migrations and loads the demo data
// once. Ctrl-C or SIGTERM stops the app, then the database, cleanly.
import type { ChildProcess } from "node:child_process";
import exitHook from "async-exit-hook";
import path from "node:path";
import { ensureBuild } from "./lib/build";
import { portIsFree, startEmbeddedPostgres, UserFacingError, type RunningPostgres } from "./lib/embedded-postgres";
import { bin, mustRun, ROOT, startNode, TS_SERVER_SCRIPT } from "./lib/run";

const dev = process.argv.includes("--dev");
const appPort = Number(process.env.PORT ?? 3000);
const say = (s: string) => console.log(`[conflict-figures] ${s}`);

let postgres: RunningPostgres | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function stopApp(): Promise<void> {
  if (!app || app.exitCode !== null || app.signalCode !== null) return;
  const exited = new Promise((r) => app?.once("exit", r));
  app.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stopApp();
    await postgres?.stop();
  }
  process.exit(code);
}

// On Ctrl-C, SIGTERM or SIGHUP, embedded-postgres's exit hook (the same async-exit-hook instance) stops the
// database; this hook stops the web server; the process exits once both are done, so nothing is orphaned.
exitHook((done) => {
  stopping = true;
  say("Stopping…");
  void stopApp().then(done);
});

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!Number.isInteger(appPort) || appPort < 1 || appPort > 65535) throw new UserFacingError(`PORT=${process.env.PORT} is not a port number: use one from 1 to 65535.`);
  if (!(await portIsFree(appPort, "0.0.0.0"))) {
    throw new UserFacingError(`Port ${appPort} is already in use: stop the program using it, or start on another port with PORT=${appPort + 1} npm start.`);
  }

  const embedded = !process.env.DATABASE_URL;
  if (embedded) {
    const dataDir = path.resolve(ROOT, process.env.EMBEDDED_PG_DATA ?? ".data/pg");
    say(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${dataDir.startsWith(ROOT) ? path.relative(ROOT, dataDir) : dataDir}).`);
    postgres = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), log: console.error });
    await postgres.ensureDatabase("conflict_figures");
    process.env.DATABASE_URL = postgres.url("conflict_figures");
  }

  say("Applying pending database migrations…");
  await mustRun("prisma migrate deploy", bin.prisma, ["migrate", "deploy"]);
  if (embedded || process.env.SEED_DEMO === "1") {
    await mustRun("Loading demo data", "prisma/seed.ts", [], {}, TS_SERVER_SCRIPT);
  }
  if (!dev) await ensureBuild(say);

  say(`Serving http://localhost:${appPort} (Ctrl-C to stop)`);
  app = startNode(bin.next, [dev ? "dev" : "start", "-p", String(appPort)]);
  app.once("exit", (code) => {
    if (!stopping) {
      say(`The web server stopped (exit code ${code ?? "?"}).`);
      void shutdown(code ?? 1);
    }
  });
}

main().catch(async (err: unknown) => {
  if (err instanceof UserFacingError) console.error(`\n${err.message}\n`);
  else console.error(err);
  await shutdown(1);
});
