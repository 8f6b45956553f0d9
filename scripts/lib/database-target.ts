// Which database `npm run db:backup` and `db:restore` work on: DATABASE_URL when set, else the embedded one in
// .data/pg (EMBEDDED_PG_DATA) — the server `npm start` is running, or, when it is not running, one started here
// for the length of the command and stopped after.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { ROOT, UserFacingError } from "./run";

const EMBEDDED_DB = "conflict_figures";
const EMBEDDED_URL = (port: number) => `postgresql://postgres:postgres@localhost:${port}/${EMBEDDED_DB}`;

export type Target = { url: string; label: string; close: () => Promise<void> };

/** The port of the postgres running on `dataDir`, from its lock file; null when none runs. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null; // a lock left by a crash: postgres clears it when it starts
  }
  return Number(port) || null;
}

/**
 * `create`: a restore may start a new embedded database where there is none yet; a backup needs one to exist.
 * `log` tells the person what is happening.
 */
export async function openTarget({ create, log }: { create: boolean; log: (s: string) => void }): Promise<Target> {
  const url = process.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new UserFacingError("DATABASE_URL must start with postgresql://");
    return { url, label: "DATABASE_URL", close: async () => {} };
  }
  const dataDir = path.resolve(ROOT, process.env.EMBEDDED_PG_DATA || ".data/pg");
  const shown = dataDir.startsWith(ROOT) ? path.relative(ROOT, dataDir) : dataDir;
  const port = runningPort(dataDir);
  if (port) return { url: EMBEDDED_URL(port), label: `the embedded database in ${shown} (running)`, close: async () => {} };
  if (!existsSync(path.join(dataDir, "PG_VERSION")) && !create) {
    throw new UserFacingError(`There is no database to back up: no DATABASE_URL is set and ${shown} holds no embedded database yet (npm start makes one).`);
  }
  log(`Starting the embedded PostgreSQL in ${shown} for this command…`);
  const server: RunningPostgres = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.EMBEDDED_PG_PORT || 54329),
    log: console.error,
  });
  if (create) await server.ensureDatabase(EMBEDDED_DB);
  return { url: server.url(EMBEDDED_DB), label: `the embedded database in ${shown}`, close: () => server.stop() };
}
