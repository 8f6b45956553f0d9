// Chart annotations (events drawn as labelled lines on a conflict's charts): one schema for the form, the
// server action and any import. The date is a calendar day, never after today anywhere on Earth.
import { z } from "zod";
import { isIsoDay, latestTodayOnEarth } from "@/lib/dates";
import { hasNoNul, nulMessage } from "@/lib/storable-text";

export const LABEL_MAX = 80;

export const AnnotationInputSchema = z.object({
  conflict: z
    .string({ error: "This form is missing which conflict the event belongs to. Reload the page and try again." })
    .trim()
    .min(1, "This form is missing which conflict the event belongs to. Reload the page and try again.")
    .refine(hasNoNul, "This form names no conflict on record. Reload the page and try again."),
  date: z
    .string({ error: "Enter the date of the event." })
    .trim()
    // one message at a time: an empty date is not also "not a real date"
    .min(1, { message: "Enter the date of the event, e.g. 2013-08-21.", abort: true })
    .refine(isIsoDay, { message: "Enter the date of the event as a real date, e.g. 2013-08-21.", abort: true })
    // "the future" starts after today in the earliest time zone, so nobody is refused today's date
    .refine((d) => d <= latestTodayOnEarth(), "This date is in the future: an event goes on the charts once it has happened."),
  label: z
    .string({ error: "Enter a short label for the event." })
    .trim()
    .min(1, "Enter a short label for the event, e.g. Ghouta chemical attack.")
    .max(LABEL_MAX, `The label is longer than ${LABEL_MAX} characters: shorten it so it fits on the chart.`)
    .refine(hasNoNul, nulMessage("label")),
});

export type AnnotationInput = z.output<typeof AnnotationInputSchema>;
export type AnnotationField = keyof AnnotationInput;
export const ANNOTATION_FIELDS = Object.keys(AnnotationInputSchema.shape) as AnnotationField[];
export type AnnotationFormValues = Partial<Record<AnnotationField, string>>;
export type AnnotationFieldErrors = Partial<Record<AnnotationField, string[]>>;

export function parseAnnotationInput(raw: unknown): { ok: true; data: AnnotationInput } | { ok: false; errors: AnnotationFieldErrors } {
  const r = AnnotationInputSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: z.flattenError(r.error).fieldErrors as AnnotationFieldErrors };
}
