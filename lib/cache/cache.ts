// Answers kept in this process while the data they were made from is unchanged. Each entry carries the data
// version it was made at; a read checks the current version first (one indexed row), so a change committed
// by any process, through any route or script, makes every older entry miss. Nothing here is needed for
// correctness: a restart, a second process or an evicted entry only costs the work again.
import "server-only";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { getDataVersion } from "./queries";

type Entry = { version: string; body: string; gzip: Buffer };

const gzipAsync = promisify(gzip);

/** Bounded by size, so a burst of distinct views cannot grow the heap without end. */
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new LRUCache<string, Entry>({ maxSize: MAX_BYTES, sizeCalculation: (e) => Math.max(1, e.body.length + e.gzip.length), maxEntrySize: MAX_BYTES / 4 });

/** A text to keep; served from the cache it also has its gzip form, made once (off the main thread). */
export type Kept = { body: string; gzip?: Buffer };

/**
 * What `make` produces for `key`: a text to keep (`{ body }`) or anything else, which is passed on and never
 * kept (a refusal, say). A kept text is served from this process while the data version it was made at is
 * still current, and kept only when the version was the same before and after it was made, so it cannot
 * hold data older than its version (a change committed in between leaves it uncached).
 */
export async function cachedByDataVersion<T>(key: string, make: () => Promise<Kept | T>): Promise<Kept | T> {
  const before = await getDataVersion();
  const hit = entries.get(key);
  if (hit && hit.version === before) return { body: hit.body, gzip: hit.gzip };
  const made = await make();
  if (isKept(made) && (await getDataVersion()) === before) entries.set(key, { version: before, body: made.body, gzip: await gzipAsync(made.body) });
  return made;
}

export function isKept(x: unknown): x is Kept {
  return typeof x === "object" && x !== null && typeof (x as Kept).body === "string";
}

/** Empties this process's cache (tests). */
export function clearCache(): void {
  entries.clear();
}
