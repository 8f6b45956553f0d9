// The report schema: the single truth for the report forms, their server actions and (later) the API and importer.
import { z } from "zod";
import { isIsoDay, latestTodayOnEarth } from "@/lib/dates";
import { hasNoNul, nulMessage } from "@/lib/storable-text";

/** Pasted text is kept whole; this bounds a request well under the server actions' 1 MB body limit. */
export const FULL_TEXT_MAX = 200_000;

/** Empty form fields arrive as "": treat them as absent. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const ReportInputSchema = z.object({
  title: z
    .string({ error: "Enter the report's title." })
    .trim()
    .min(1, "Enter the report's title, as the publisher gives it.")
    .max(500, "The title is longer than 500 characters: shorten it.")
    .refine(hasNoNul, nulMessage("title")),
  publisher: z.preprocess(
    blankToUndefined,
    z.string().trim().max(200, "The publisher's name is longer than 200 characters: shorten it.").refine(hasNoNul, nulMessage("publisher's name")).optional(),
  ),
  url: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: "Enter the report's web address, starting with http:// or https://, or leave it empty." })
      .max(2000, "The URL is longer than 2,000 characters.")
      .refine(hasNoNul, nulMessage("URL"))
      .optional(),
  ),
  publishedOn: z
    .string({ error: "Enter the publication date." })
    .trim()
    // one message at a time: an empty date is not also "not a real date"
    .min(1, { message: "Enter the date the report was published.", abort: true })
    .refine(isIsoDay, { message: "Enter the publication date as a real date, e.g. 2013-03-01.", abort: true })
    // "the future" starts after today in the earliest time zone, so nobody is refused today's date
    .refine((d) => d <= latestTodayOnEarth(), "The publication date is in the future: check the year."),
  language: z.preprocess(
    (v) => blankToUndefined(v) ?? "en",
    z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, "Enter a language code such as en, ar, fr or pt-BR.")
      .transform((code) => code.replace(/^[a-z]+/i, (primary) => primary.toLowerCase())),
  ),
  fullText: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(FULL_TEXT_MAX, `The text is longer than ${FULL_TEXT_MAX.toLocaleString("en")} characters: paste the part that gives the figures.`)
      .refine(hasNoNul, nulMessage("text"))
      .optional(),
  ),
});

export type ReportInput = z.output<typeof ReportInputSchema>;
export type ReportField = keyof ReportInput;
export const REPORT_FIELDS = Object.keys(ReportInputSchema.shape) as ReportField[];

/** What the form holds: every field as typed, plus the version the editor started from (edit form only). */
export type ReportFormValues = Partial<Record<ReportField | "version", string>>;
export type ReportFieldErrors = Partial<Record<ReportField, string[]>>;

export const REPORT_LABELS: Record<ReportField, string> = {
  title: "Title",
  publisher: "Publisher",
  url: "URL",
  publishedOn: "Publication date",
  language: "Language",
  fullText: "Full text",
};

/** Parse, returning per-field messages instead of throwing. */
export function parseReportInput(raw: unknown): { ok: true; data: ReportInput } | { ok: false; errors: ReportFieldErrors } {
  const r = ReportInputSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: z.flattenError(r.error).fieldErrors as ReportFieldErrors };
}

/** The record version an edit form carries (a hidden input): a positive whole number, or nothing usable. */
export function parseVersion(raw: unknown): number | null {
  const r = z.coerce.number().int().positive().max(2_147_483_647).safeParse(raw);
  return r.success ? r.data : null;
}
