// `npm start` (and `npm run dev` with --dev): the app on http://localhost:3000. Without DATABASE_URL it
// runs an embedded PostgreSQL with data in .data/pg, applies pending migrations and loads the demo data
// once. Ctrl-C or SIGTERM stops the app, then the database, cleanly.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { ensureBuild } from "./lib/build";
import { portIsFree, startEmbeddedPostgres, UserFacingError, type RunningPostgres } from "./lib/embedded-postgres";
import { bin, mustRun, ROOT, startNode } from "./lib/run";

const dev = process.argv.includes("--dev");
const appPort = Number(process.env.PORT ?? 3000);
const say = (s: string) => console.log(`[conflict-figures] ${s}`);

let postgres: RunningPostgres | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (app && app.exitCode === null && app.signalCode === null) {
      const exited = new Promise((r) => app?.once("exit", r));
      app.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    if (postgres) {
      say("Stopping the embedded PostgreSQL…");
      await postgres.stop();
    }
  }
  process.exit(code);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!Number.isInteger(appPort) || appPort < 1 || appPort > 65535) throw new UserFacingError(`PORT=${process.env.PORT} is not a port number: use one from 1 to 65535.`);
  if (!(await portIsFree(appPort, "0.0.0.0"))) {
    throw new UserFacingError(`Port ${appPort} is already in use: stop the program using it, or start on another port with PORT=${appPort + 1} npm start.`);
  }

  const embedded = !process.env.DATABASE_URL;
  if (embedded) {
    const dataDir = path.join(ROOT, ".data", "pg");
    say(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${path.relative(ROOT, dataDir)}).`);
    postgres = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), log: console.error });
    await postgres.ensureDatabase("conflict_figures");
    process.env.DATABASE_URL = postgres.url("conflict_figures");
  }

  say("Applying pending database migrations…");
  await mustRun("prisma migrate deploy", bin.prisma, ["migrate", "deploy"]);
  if (embedded || process.env.SEED_DEMO === "1") {
    await mustRun("Loading demo data", bin.tsx, ["--conditions=react-server", "prisma/seed.ts"]);
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

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

main().catch(async (err: unknown) => {
  if (err instanceof UserFacingError) console.error(`\n${err.message}\n`);
  else console.error(err);
  await shutdown(1);
});
