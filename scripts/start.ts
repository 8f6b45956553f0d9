// `npm start` (and `npm run dev` with --dev): the app on http://localhost:3000. Without DATABASE_URL it
// runs an embedded PostgreSQL with data in .data/pg, applies pending migrations and loads the demo data
// once. Ctrl-C or SIGTERM stops the web server (or a build or migration under way) and the database.
import exitHook from "async-exit-hook";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild } from "./lib/build";
import { portIsFree, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { bin, mustRun, ROOT, startNode, stopChildren, TS_SERVER_SCRIPT, UserFacingError } from "./lib/run";

const dev = process.argv.includes("--dev");
const say = (s: string) => console.log(`[conflict-figures] ${s}`);

let postgres: RunningPostgres | undefined;
let stopping = false;

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserFacingError(`${name}=${raw} is not a port number: use a whole number from 1 to 65535.`);
  }
  return port;
}

// On Ctrl-C, SIGTERM or SIGHUP, embedded-postgres's exit hook (the same async-exit-hook instance) stops the
// database while this one stops our children; the process exits once both are done, so nothing is orphaned.
exitHook((done) => {
  stopping = true;
  say("Stopping…");
  void stopChildren().then(done);
});

/** What a deployment on its own database must say, since no default would be right (all at once, not one by one). */
function requireDeploymentSettings(): void {
  const missing = [
    !process.env.BETTER_AUTH_SECRET &&
      "Set BETTER_AUTH_SECRET to a random string of 32 or more characters (e.g. `openssl rand -hex 32`): it signs the sign-in cookies.",
    // a silent http://localhost default would also leave the cookies without Secure behind an https proxy
    !process.env.BETTER_AUTH_URL &&
      "Set BETTER_AUTH_URL to the app's public address, e.g. https://figures.example.org (cookies are Secure when it is https).",
  ].filter(Boolean);
  if (missing.length) throw new UserFacingError(missing.join("\n"));
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const embedded = !process.env.DATABASE_URL;
  if (!embedded) requireDeploymentSettings();
  const appPort = portFromEnv("PORT", 3000);
  if (!(await portIsFree(appPort, "0.0.0.0"))) {
    throw new UserFacingError(
      `Port ${appPort} is already in use: stop the program using it, or start on another port with PORT=${appPort + 1} npm start.`,
    );
  }

  if (embedded) {
    process.env.BETTER_AUTH_URL ||= `http://localhost:${appPort}`;
    const dataDir = path.resolve(ROOT, process.env.EMBEDDED_PG_DATA || ".data/pg");
    const shown = dataDir.startsWith(ROOT) ? path.relative(ROOT, dataDir) : dataDir;
    say(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${shown}).`);
    postgres = await startEmbeddedPostgres({ dataDir, port: portFromEnv("EMBEDDED_PG_PORT", 54329), log: console.error });
    await postgres.ensureDatabase("conflict_figures");
    process.env.DATABASE_URL = postgres.url("conflict_figures");
    process.env.BETTER_AUTH_SECRET ||= localSecret(path.dirname(dataDir));
  }

  say("Applying pending database migrations…");
  await mustRun("Applying the migrations (prisma migrate deploy)", bin.prisma, ["migrate", "deploy"]);
  if (embedded || process.env.SEED_DEMO === "1") {
    // demo accounts (public passwords) only on the database started here: the seed refuses any other
    const demoAccounts = embedded ? { env: { ...process.env, DEMO_ACCOUNTS_DATABASE_URL: process.env.DATABASE_URL } } : {};
    await mustRun("Loading the demo data", "prisma/seed.ts", embedded ? ["--demo-users"] : [], demoAccounts, TS_SERVER_SCRIPT);
  }
  if (!dev) await ensureBuild(say);

  say(`Serving http://localhost:${appPort} (Ctrl-C to stop)`);
  const app = startNode(bin.next, [dev ? "dev" : "start", "-p", String(appPort)]);
  app.once("exit", (code) => {
    if (!stopping) void fail(new UserFacingError(`The web server stopped unexpectedly (exit code ${code ?? "?"}); its output above says why.`));
  });
}

/** The embedded setup's cookie-signing secret: made once, kept beside the data (readable by its owner only). */
function localSecret(dir: string): string {
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** A failure before or while serving: say it in a sentence (the cause is in the output above), clean up. */
async function fail(err: unknown): Promise<void> {
  if (stopping) return; // a Ctrl-C interrupted a step: the exit hook is already cleaning up
  stopping = true;
  console.error(err instanceof UserFacingError ? `\n${err.message}\n` : err);
  await stopChildren();
  await postgres?.stop();
  process.exit(1);
}

main().catch(fail);
