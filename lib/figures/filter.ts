// Which figures a request asks for: conflict, metric, source, status and reference-date range, from URL search
// params. Strict, unlike the figures list's lenient URL: a bad value is refused with a sentence that says what
// to fix. One schema for the JSON API, the CSV export and the CLI; paging is theirs (see lib/api/page.ts). Pure.
import { z } from "zod";
import { isIsoDay } from "@/lib/dates";
import { hasNoNul } from "@/lib/storable-text";

export const FIGURE_STATUS_FILTERS = ["published", "draft", "all"] as const;
export type FigureStatusFilter = (typeof FIGURE_STATUS_FILTERS)[number];

/** The figure statuses each filter value stands for. */
export const STATUSES_OF: Record<FigureStatusFilter, readonly ("draft" | "published")[]> = {
  published: ["published"],
  draft: ["draft"],
  all: ["published", "draft"],
};

/** What a conflict's slug looks like; anything else names no conflict. */
export const CONFLICT_SLUG = /^[a-z0-9-]{1,100}$/;

/** An empty parameter (`?source=`) is the same as none. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const day = (param: "from" | "to") =>
  optional(
    z
      .string()
      .trim()
      .refine(isIsoDay, `${param} is a reference date written YYYY-MM-DD, e.g. ${param === "from" ? "2013-01-01" : "2015-12-31"}; check the month and day exist.`),
  );

export const FigureFilterSchema = z
  .object({
    conflict: optional(
      z.string().trim().regex(CONFLICT_SLUG, "conflict is a conflict's slug: lower-case letters, digits and hyphens, e.g. syria (GET /api/v1/conflicts lists them)."),
    ),
    metric: optional(
      z.string().trim().regex(/^[a-z][a-z0-9_]{0,49}$/, "metric is a metric's slug: lower-case letters, digits and underscores, e.g. deaths or daily_outflow."),
    ),
    source: optional(
      z
        .string()
        .trim()
        .max(200, "source is a source's exact name, at most 200 characters, e.g. UNHCR.")
        .refine(hasNoNul, "source is a source's exact name; no name holds a NUL character (%00)."),
    ),
    status: z.preprocess(
      blank,
      z.enum(FIGURE_STATUS_FILTERS, { error: "status is published (the default), draft or all; drafts are for editors." }).default("published"),
    ),
    from: day("from"),
    to: day("to"),
  })
  .superRefine((f, ctx) => {
    if (!f.from || !f.to || f.from <= f.to) return;
    const message = `The date range is backwards: from (${f.from}) is after to (${f.to}); swap them.`;
    for (const param of ["from", "to"]) ctx.addIssue({ code: "custom", path: [param], message });
  });

export type FigureFilter = z.output<typeof FigureFilterSchema>;
export type FigureFilterParam = keyof FigureFilter;
export const FIGURE_FILTER_PARAMS = Object.keys(FigureFilterSchema.shape) as FigureFilterParam[];

/** Messages by parameter name, e.g. `{ to: ["to is a reference date written YYYY-MM-DD, …"] }`. */
export type ParamErrors = Record<string, string[]>;
export type ParsedParams<T> = { ok: true; data: T } | { ok: false; error: string; details: ParamErrors };

/** Issues of a failed parse as the API reports them: the first message as the sentence, all by parameter. */
export function paramErrors(error: z.ZodError): { error: string; details: ParamErrors } {
  const details: ParamErrors = {};
  for (const issue of error.issues) {
    const param = issue.path.length ? String(issue.path[0]) : "query";
    (details[param] ??= []).push(issue.message);
  }
  return { error: error.issues[0]?.message ?? "The query is not valid.", details };
}

/** The filter in `searchParams`; a repeated parameter counts by its first value, unknown ones are ignored. */
export function parseFigureFilter(searchParams: URLSearchParams): ParsedParams<FigureFilter> {
  const raw = Object.fromEntries(FIGURE_FILTER_PARAMS.map((p) => [p, searchParams.get(p) ?? undefined]));
  const r = FigureFilterSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, ...paramErrors(r.error) };
}
