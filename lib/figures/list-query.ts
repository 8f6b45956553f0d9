// The figures list's URL: filters, sort and page, parsed leniently (a bad value falls back to its default,
// so a hand-edited link still shows something sensible). Pure; one schema for the page and the links it makes.
import { z } from "zod";
import { isIsoDay } from "@/lib/dates";
import { MAX_ID } from "@/lib/ids";
import { hasNoNul } from "@/lib/storable-text";

export const FIGURE_SORTS = {
  "date-desc": "Newest reference date",
  "date-asc": "Oldest reference date",
  "value-desc": "Largest value",
  "value-asc": "Smallest value",
  "updated-desc": "Recently changed",
} as const;
export type FigureSort = keyof typeof FIGURE_SORTS;

export const STATUS_FILTERS = ["published", "draft", "deleted", "all"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(hasNoNul)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
const optionalDay = z
  .string()
  .refine(isIsoDay)
  .optional()
  .catch(undefined);

export const FigureListQuerySchema = z.object({
  conflict: optionalText(100),
  metric: optionalText(100),
  source: z.coerce.number().int().positive().max(MAX_ID).optional().catch(undefined),
  status: z.enum(STATUS_FILTERS).default("published").catch("published"),
  from: optionalDay,
  to: optionalDay,
  q: optionalText(200),
  sort: z.enum(Object.keys(FIGURE_SORTS) as [FigureSort, ...FigureSort[]]).default("date-desc").catch("date-desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type FigureListQuery = z.output<typeof FigureListQuerySchema>;

export function parseFigureListQuery(search: Record<string, string | string[] | undefined>): FigureListQuery {
  const flat = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return FigureListQuerySchema.parse(flat);
}

/** The query string for `query` with some values changed; defaults are left out to keep links short. */
export function figureListHref(query: FigureListQuery, change: Partial<FigureListQuery> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === "") continue;
    if ((k === "status" && v === "published") || (k === "sort" && v === "date-desc") || (k === "page" && v === 1)) continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return `/figures${s ? `?${s}` : ""}`;
}
