// The source schema: the single truth for the source forms, their server actions and (later) the API and importer.
import { z } from "zod";
import { SOURCE_KINDS } from "@/lib/figures/schema";
import { hasNoNul, nulMessage } from "@/lib/storable-text";

export { SOURCE_KINDS };
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  un_agency: "UN agency",
  government: "Government",
  ngo: "NGO or observatory",
  media: "News media",
  other: "Other",
};

/** Reliability grades of the source, after the Admiralty (NATO) code that intelligence analysts use. */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY_LABELS: Record<ReliabilityGrade, { name: string; meaning: string }> = {
  A: { name: "Completely reliable", meaning: "a long record of accurate figures; no doubt about its methods" },
  B: { name: "Usually reliable", meaning: "minor doubts; its figures have mostly held up" },
  C: { name: "Fairly reliable", meaning: "some doubts, though its figures have held up before" },
  D: { name: "Not usually reliable", meaning: "significant doubts about its methods or independence" },
  E: { name: "Unreliable", meaning: "a record of figures that did not hold up" },
  F: { name: "Cannot be judged", meaning: "too little known to grade it yet" },
};

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const SourceInputSchema = z.object({
  name: z
    .string({ error: "Enter the source's name." })
    .trim()
    .min(1, "Enter the source's name, e.g. UNHCR or Syrian Observatory for Human Rights.")
    .max(200, "The name is longer than 200 characters: shorten it.")
    .refine(hasNoNul, nulMessage("name")),
  kind: z.enum(SOURCE_KINDS, { error: "Choose the kind of source from the list." }),
  reliability: z.preprocess(
    blankToUndefined,
    z.enum(RELIABILITY_GRADES, { error: "Choose a grade from A to F, or leave it empty." }).optional(),
  ),
});

export type SourceInput = z.output<typeof SourceInputSchema>;
export type SourceField = keyof SourceInput;
export const SOURCE_FIELDS = Object.keys(SourceInputSchema.shape) as SourceField[];
export type SourceFormValues = Partial<Record<SourceField | "version", string>>;
export type SourceFieldErrors = Partial<Record<SourceField, string[]>>;

export const SOURCE_LABELS: Record<SourceField, string> = { name: "Name", kind: "Kind", reliability: "Reliability" };

export function parseSourceInput(raw: unknown): { ok: true; data: SourceInput } | { ok: false; errors: SourceFieldErrors } {
  const r = SourceInputSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: z.flattenError(r.error).fieldErrors as SourceFieldErrors };
}

/** "B: Usually reliable", or "not graded". */
export function describeReliability(grade: string | null | undefined): string {
  const g = RELIABILITY_LABELS[grade as ReliabilityGrade];
  return g ? `${grade}: ${g.name}` : "not graded";
}

/** A record id or version from a hidden input: a positive whole number, or null. */
export function parsePositiveInt(raw: unknown): number | null {
  const r = z.coerce.number().int().positive().max(2_147_483_647).safeParse(raw);
  return r.success ? r.data : null;
}
