// The one Prisma client. Created on first use, never at import: `next build` runs without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** A client or an open transaction: data-access functions accept either. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

const globalForDb = globalThis as unknown as { conflictFiguresDb?: PrismaClient };

export function db(): PrismaClient {
  // Cached on globalThis so Next's dev-mode module reloads reuse one pool.
  globalForDb.conflictFiguresDb ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL }),
  });
  return globalForDb.conflictFiguresDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.conflictFiguresDb?.$disconnect();
  globalForDb.conflictFiguresDb = undefined;
}
