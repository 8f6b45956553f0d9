// The one Prisma client. Created on first use, never at import: `next build` runs without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** A client or an open transaction: data-access functions accept either. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

/** Runs `fn` in the caller's transaction when given one, else in a new one: a write and its audit entry commit together. */
export function inTransaction<T>(client: DbOrTx, fn: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  return "$transaction" in client ? client.$transaction(fn, options) : fn(client);
}

/**
 * The pg pool behind Prisma. A connection that cannot be made within 3 s fails (pg's default is to wait
 * forever), so while PostgreSQL is down or restarting a request is answered 503 within seconds instead of
 * hanging. Connections cut by a restart are dropped by the pool (an idle one reports an error, logged here),
 * and the next query opens a fresh one: the app recovers by itself once the database is back.
 * pg also fails a query that waits longer than the timeout for a free pooled connection, so `max` is 20 (pg's
 * default is 10): under a burst the wait is in PostgreSQL, not a refusal; two processes and their health
 * probes stay well under PostgreSQL's default of 100 connections (see docs/scaling.md).
 */
export const POOL_CONFIG = { connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000, max: 20 } as const;

const globalForDb = globalThis as unknown as { conflictFiguresDb?: PrismaClient; conflictFiguresPool?: pg.Pool };

/**
 * That pool. Only `queries.ts` files take a connection from it directly, for what Prisma has no call for:
 * COPY … TO STDOUT, which lets PostgreSQL write a whole CSV export itself, and `readRows`.
 */
export function pgPool(): pg.Pool {
  if (!globalForDb.conflictFiguresPool) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, ...POOL_CONFIG });
    // an idle connection the server dropped (a restart) is an 'error' event: without a listener it ends the process
    pool.on("error", (err) => console.error(`A pooled database connection failed (${err.message}); it is dropped and replaced on the next query.`));
    globalForDb.conflictFiguresPool = pool;
  }
  return globalForDb.conflictFiguresPool;
}

export function db(): PrismaClient {
  // Cached on globalThis so Next's dev-mode module reloads reuse one pool.
  globalForDb.conflictFiguresDb ??= new PrismaClient({
    adapter: new PrismaPg(pgPool()),
    // a transaction waits for a pooled connection as long as a query does (Prisma's own default is 2 s)
    transactionOptions: { maxWait: POOL_CONFIG.connectionTimeoutMillis },
  });
  return globalForDb.conflictFiguresDb;
}

/**
 * The rows of a raw read of many rows: through pg itself when `client` is the shared client, through the open
 * transaction when it is one. Prisma's raw path reads each cell into its own value form and back into a row
 * object, which for a chart's thousands of rows made the read half again as slow as the SQL (docs/benchmarks.md);
 * pg's own row objects hold the same values (float8 and integer columns as numbers, text as strings).
 */
export async function readRows<T>(query: Prisma.Sql, client: DbOrTx = db()): Promise<T[]> {
  if (client !== globalForDb.conflictFiguresDb) return client.$queryRaw<T[]>(query);
  return (await pgPool().query<T & pg.QueryResultRow>(query.text, query.values)).rows;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.conflictFiguresDb?.$disconnect();
  await globalForDb.conflictFiguresPool?.end();
  globalForDb.conflictFiguresDb = undefined;
  globalForDb.conflictFiguresPool = undefined;
}
