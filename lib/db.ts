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

const globalForDb = globalThis as unknown as { conflictFiguresDb?: PrismaClient; conflictFiguresPool?: pg.Pool };

/**
 * The connection pool Prisma runs on. Only `queries.ts` files take a connection from it directly, for what
 * Prisma has no call for: COPY … TO STDOUT, which lets PostgreSQL write a whole CSV export itself.
 */
export function pgPool(): pg.Pool {
  if (!globalForDb.conflictFiguresPool) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL });
    // an idle connection the server dropped (a restart) is an 'error' event: without a listener it ends the process
    pool.on("error", (err) => console.error("A pooled database connection failed; the pool replaces it:", err.message));
    globalForDb.conflictFiguresPool = pool;
  }
  return globalForDb.conflictFiguresPool;
}

export function db(): PrismaClient {
  // Cached on globalThis so Next's dev-mode module reloads reuse one pool.
  globalForDb.conflictFiguresDb ??= new PrismaClient({ adapter: new PrismaPg(pgPool()) });
  return globalForDb.conflictFiguresDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.conflictFiguresDb?.$disconnect();
  await globalForDb.conflictFiguresPool?.end();
  globalForDb.conflictFiguresDb = undefined;
  globalForDb.conflictFiguresPool = undefined;
}
