// Paging for the JSON API: `limit` (1–1000, default 100) and an opaque `cursor` (base64url of the last id a page
// held), so a client walks any number of figures without OFFSET and cannot depend on what the cursor holds. Pure.
import { z } from "zod";
import { paramErrors, type ParsedParams } from "@/lib/figures/filter";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** The cursor that continues after figure `id`. */
export function encodeCursor(id: number): string {
  return Buffer.from(String(id), "utf8").toString("base64url");
}

/** The figure id a cursor continues after, or null when it is not one this API made. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,16}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  // one spelling per id: anything else was not made here (or was edited by hand)
  return id <= 2_147_483_647 && encodeCursor(id) === cursor ? id : null;
}

const BAD_CURSOR = "cursor is not one this API gave out: pass the `next` value of the previous page unchanged, or leave cursor out to start at the beginning.";
const BAD_LIMIT = `limit is a whole number from 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`;

export const PageQuerySchema = z.object({
  /** the figure id to continue after; 0 = from the start */
  cursor: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return 0;
      const id = decodeCursor(v);
      if (id === null) {
        ctx.addIssue({ code: "custom", message: BAD_CURSOR });
        return z.NEVER;
      }
      return id;
    }),
  limit: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return DEFAULT_LIMIT;
      const n = /^\d{1,4}$/.test(v.trim()) ? Number(v) : NaN;
      if (!(n >= 1 && n <= MAX_LIMIT)) {
        ctx.addIssue({ code: "custom", message: BAD_LIMIT });
        return z.NEVER;
      }
      return n;
    }),
});

export type PageQuery = { after: number; limit: number };

/** `cursor` and `limit` from the query; other parameters are not looked at. */
export function parsePageQuery(searchParams: URLSearchParams): ParsedParams<PageQuery> {
  const r = PageQuerySchema.safeParse({ cursor: searchParams.get("cursor") ?? undefined, limit: searchParams.get("limit") ?? undefined });
  return r.success ? { ok: true, data: { after: r.data.cursor, limit: r.data.limit } } : { ok: false, ...paramErrors(r.error) };
}
