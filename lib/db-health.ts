// Is the database reachable? Asked by proxy.ts before each page, so that while PostgreSQL is down (or
// restarting) a page answers at once with a 503 and a sentence instead of failing deep inside its render.
// One `SELECT 1` at most every second per process, over one kept connection; the answer in between is the
// last one. Like lib/db.ts this is infrastructure, not data access: it reads no table.
import pg from "pg";

const FRESH_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;

type Health = { up: boolean; checkedAt: number; probing?: Promise<boolean>; pool?: pg.Pool; url?: string };
// on globalThis: the proxy and the route handlers are bundled apart but run in one process
const state = ((globalThis as unknown as { conflictFiguresDbHealth?: Health }).conflictFiguresDbHealth ??= { up: true, checkedAt: 0 });

function pool(url: string): pg.Pool {
  if (!state.pool || state.url !== url) {
    void state.pool?.end().catch(() => {});
    state.pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS, idleTimeoutMillis: 60_000 });
    // an idle connection cut by a restart: dropped by the pool, reported by the next probe
    state.pool.on("error", () => {});
    state.url = url;
  }
  return state.pool;
}

async function probe(url: string): Promise<boolean> {
  try {
    await pool(url).query({ text: "SELECT 1", query_timeout: PROBE_TIMEOUT_MS } as pg.QueryConfig);
    return true;
  } catch {
    return false;
  }
}

/** True when the database answered within the last second (or answers now). */
export async function databaseUp(url: string): Promise<boolean> {
  if (Date.now() - state.checkedAt < FRESH_MS) return state.up;
  state.probing ??= probe(url).then((up) => {
    if (up !== state.up) (up ? console.log : console.error)(up ? "The database answers again." : "The database is not reachable: pages answer 503 until it is back.");
    Object.assign(state, { up, checkedAt: Date.now(), probing: undefined });
    return up;
  });
  return state.probing;
}

/** How soon after a request's failure the database is asked again. */
const RECHECK_AFTER_FAILURE_MS = 250;

/**
 * A request just failed for want of the database: the next pages answer 503 without waiting for a probe,
 * and the database is asked again shortly after (a request that failed slowly may end after it came back).
 */
export function markDatabaseDown(): void {
  Object.assign(state, { up: false, checkedAt: Date.now() - FRESH_MS + RECHECK_AFTER_FAILURE_MS });
}

/** The request header proxy.ts sets on every page request: the page's own path and query (lib/db-pages.ts). */
export const PAGE_URL_HEADER = "x-conflict-figures-page";

/** The query parameter that marks a page request as the retry of a render cut off midway (lib/db-pages.ts). */
export const RETRY_PARAM = "db-retry";
