// Record ids as they arrive in URLs and form fields: a positive whole number that fits PostgreSQL's integer
// keys, or nothing. A larger one ("99999999999999999999") would fail in Prisma as a server error. Pure.

/** The largest id PostgreSQL's integer keys hold. */
export const MAX_ID = 2_147_483_647;

/** `raw` as a record id, or null when it cannot be one. */
export function parseId(raw: unknown): number | null {
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d{1,10}\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 && n <= MAX_ID ? n : null;
}
