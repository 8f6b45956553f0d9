// Which errors mean "the database cannot be reached right now" (down, restarting, shutting down, the
// connection cut): those are answered 503 with a sentence, not 500. Pure: it only looks at an error's shape,
// through the layers Prisma and its pg adapter wrap around the driver's error.

/** PostgreSQL SQLSTATEs of a server that is going away or not ready: admin_shutdown, crash_shutdown,
 * cannot_connect_now, the connection_exception class, too_many_connections. */
const PG_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300"]);
/** Node's socket errors. */
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ECONNABORTED"]);
/** Prisma's codes: can't reach (P1001), timeout (P1002, P1008), closed (P1017), no pooled connection in time (P2024). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The pg adapter's kinds, when Prisma keeps the adapter's error in `meta.driverAdapterError`. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Errors pg raises without a code. */
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /can't reach database server/i,
  /server has closed the connection/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /terminating connection due to administrator command/i,
  /client has encountered a connection error and is not queryable/i,
  // Prisma's P2028 when no pooled connection came free within the transaction's maxWait (a database
  // coming back, or one overwhelmed): a moment later it may well succeed, so it is a 503 too
  /unable to start a transaction in the given time/i,
];

type Shape = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown; driverAdapterError?: unknown };

/** The error and everything it wraps (`cause`, Prisma's `meta.driverAdapterError`, AggregateError's `errors`). */
function layers(err: unknown): Shape[] {
  const out: Shape[] = [];
  const queue: unknown[] = [err];
  while (queue.length && out.length < 20) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || out.includes(e as Shape)) continue;
    const s = e as Shape & { errors?: unknown };
    out.push(s);
    queue.push(s.cause, s.driverAdapterError, (s.meta as Shape | undefined)?.driverAdapterError);
    if (Array.isArray(s.errors)) queue.push(...(s.errors as unknown[]));
  }
  return out;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  return layers(err).some((e) => {
    const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === "string");
    if (codes.some((c) => PG_CODES.has(c) || NODE_CODES.has(c) || PRISMA_CODES.has(c))) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    return typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string));
  });
}

/** What a person is told while the database is unavailable. */
export const DATABASE_UNAVAILABLE =
  "The figures cannot be read or saved just now: the database is not reachable (it may be restarting). Nothing you sent was saved; try again in a few seconds.";

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;
