// The figure schema: the single truth for the entry form, the server action, the importer and the API.
import { z } from "zod";
import { isIsoDay, latestTodayOnEarth } from "@/lib/dates";
import { MAX_ID } from "@/lib/ids";
import { hasNoNul, nulMessage } from "@/lib/storable-text";
import { parseCount } from "./numbers";
import { QUALIFIERS } from "./qualifiers";

export const SOURCE_KINDS = ["un_agency", "government", "ngo", "media", "other"] as const;

/** A count typed as text (or given as a number by the API): whole, 0 to ten billion. */
const count = z.union([z.string(), z.number()], { error: "Enter a number." }).transform((input, ctx) => {
  const parsed = parseCount(String(input));
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return parsed.value;
});

/** Empty form fields arrive as "": treat them as absent. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optionalCount = z.preprocess(blankToUndefined, count.optional());

const isoDay = (what: string) =>
  z
    .string({ error: `Enter the ${what} as a date.` })
    .trim()
    .min(1, { error: `Enter the ${what}.`, abort: true })
    .refine(isIsoDay, `Enter the ${what} as a real date, e.g. 2013-03-01.`);

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(max, `The ${what} is longer than ${max} characters: shorten it.`)
    .refine(hasNoNul, nulMessage(what));

export { MAX_ID };

/** An optional record id from a form field or the API; `message` says what to enter instead. */
const optionalId = (message: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ID, message).optional());

/** A refinement's `when`: run only if none of these fields has an issue of its own. */
function parsed(...fields: string[]) {
  return (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((i) => !i.path?.length || fields.includes(String(i.path[0])));
}

export const FigureInputSchema = z
  .object({
    conflict: text("conflict", 200),
    metric: text("metric", 100),
    value: count,
    low: optionalCount,
    high: optionalCount,
    qualifier: z.enum(QUALIFIERS, { error: "Choose how the source qualified the number." }),
    refDate: isoDay("date the figure refers to"),
    periodStart: z.preprocess(blankToUndefined, isoDay("start of the period").optional()),
    source: text("source (who said it)", 200),
    sourceKind: z.preprocess(
      blankToUndefined,
      z.enum(SOURCE_KINDS, { error: "Choose the kind of source from the list." }).default("other"),
    ),
    reportTitle: text("report title", 500),
    reportUrl: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "Enter the report's web address, starting with http:// or https://." })
        .max(2000, "The report URL is longer than 2,000 characters.")
        .refine(hasNoNul, nulMessage("report URL"))
        .optional(),
    ),
    reportDate: isoDay("report's publication date"),
    /** optional for a draft; a published figure must carry the source's words (checked below) */
    quote: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "Paste the source's exact words." })
        .trim()
        .max(5000, "The quote is longer than 5,000 characters: keep the sentence that gives the number.")
        .refine(hasNoNul, nulMessage("quote"))
        .optional(),
    ),
    note: z.preprocess(
      blankToUndefined,
      z.string().trim().max(5000, "The note is longer than 5,000 characters: shorten it.").refine(hasNoNul, nulMessage("note")).optional(),
    ),
    /** an existing report chosen for the figure (its title, URL and date then come from the record) */
    reportId: optionalId("The chosen report is not valid: choose it again from the report's page."),
    /** the figure this one revises: the same source's earlier number */
    supersedesId: optionalId("Enter the earlier figure's number, e.g. 42 for figure #42."),
    /** what the person asked for: publish now, or keep as a draft */
    intent: z.preprocess(blankToUndefined, z.enum(["publish", "draft"], { error: "Choose Publish or Save as draft." }).default("publish")),
  })
  .refine((f) => f.intent === "draft" || Boolean(f.quote), {
    path: ["quote"],
    message: "A quote is required to publish: paste the source's exact words, e.g. \u201cabout 70,000 people have been killed\u201d, or save as a draft.",
    when: parsed("quote", "intent"),
  })
  // Cross-field rules run even when another field failed, so the person sees every problem at once;
  // each runs only once the fields it reads have parsed.
  .refine((f) => f.qualifier === "projected" || f.refDate <= latestTodayOnEarth(), {
    path: ["refDate"],
    message: "This date is in the future: use a past date, or choose the qualifier \u201cprojected\u201d for a forecast.",
    when: parsed("refDate", "qualifier"),
  })
  .refine((f) => f.qualifier === "projected" || f.refDate > latestTodayOnEarth() || f.refDate <= f.reportDate, {
    path: ["refDate"],
    message:
      "A report cannot count what happens after it was published: use a date on or before the report date, or choose \u201cprojected\u201d.",
    when: parsed("refDate", "qualifier", "reportDate"),
  })
  .refine((f) => f.reportDate <= latestTodayOnEarth(), {
    path: ["reportDate"],
    message: "The report date is in the future: check the year.",
    when: parsed("reportDate"),
  })
  .refine((f) => !f.periodStart || f.periodStart <= f.refDate, {
    path: ["periodStart"],
    message: "The period must start on or before the date the figure refers to.",
    when: parsed("periodStart", "refDate"),
  })
  .refine((f) => f.low === undefined || f.low <= f.value, {
    path: ["low"],
    message: "The low bound must not be above the value.",
    when: parsed("low", "value"),
  })
  .refine((f) => f.high === undefined || f.high >= f.value, {
    path: ["high"],
    message: "The high bound must not be below the value.",
    when: parsed("high", "value"),
  });

export type FigureInput = z.output<typeof FigureInputSchema>;
/** What a form holds before parsing: every field as typed. */
export type FigureFormValues = Partial<Record<keyof z.input<typeof FigureInputSchema>, string>>;
export type FigureFieldErrors = Partial<Record<keyof FigureInput, string[]>>;

export const FIGURE_FIELDS = Object.keys(FigureInputSchema.shape) as (keyof FigureInput)[];

/** Parse, returning per-field messages instead of throwing. */
export function parseFigureInput(
  raw: unknown,
): { ok: true; data: FigureInput } | { ok: false; errors: FigureFieldErrors; formErrors: string[] } {
  const r = FigureInputSchema.safeParse(raw);
  if (r.success) return { ok: true, data: r.data };
  const flat = z.flattenError(r.error);
  return { ok: false, errors: flat.fieldErrors as FigureFieldErrors, formErrors: flat.formErrors };
}
