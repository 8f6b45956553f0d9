// Metrics (what is counted): one schema for the admin form and any import. A rate needs a per-period unit,
// and a stock must not have one: charts and exports read the unit to say "a day" or not.
import { z } from "zod";
import { hasNoNul, nulMessage } from "@/lib/storable-text";

export const METRIC_KINDS = ["stock", "rate"] as const;
export const STOCK_UNITS = ["people"] as const;
export const RATE_UNITS = ["people_per_day", "people_per_week", "people_per_month"] as const;
export const UNITS = [...STOCK_UNITS, ...RATE_UNITS] as const;

export const isRateUnit = (unit: string) => (RATE_UNITS as readonly string[]).includes(unit);

export const MetricInputSchema = z
  .object({
    name: z.string({ error: "Enter the metric's name." }).trim().min(1, "Enter the metric's name, e.g. Deaths.").max(100, "Use at most 100 characters.").refine(hasNoNul, nulMessage("name")),
    slug: z
      .string({ error: "Enter a short id." })
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,49}$/, "Use lower-case letters, digits and underscores, starting with a letter, e.g. weekly_arrivals."),
    kind: z.enum(METRIC_KINDS, { error: "Choose stock (a count at a date) or rate (people per day, week or month)." }),
    unit: z.enum(UNITS, { error: "Choose a unit from the list." }),
    hxlTag: z
      .string({ error: "Enter the HXL hashtag." })
      .trim()
      .regex(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/, "Enter an HXL hashtag with attributes, e.g. #affected+killed."),
  })
  .refine((m) => m.kind !== "rate" || isRateUnit(m.unit), {
    path: ["unit"],
    message: "A rate needs a per-period unit: people per day, per week or per month.",
    when: (p) => !p.issues.some((i) => i.path?.[0] === "kind" || i.path?.[0] === "unit"),
  })
  .refine((m) => m.kind !== "stock" || !isRateUnit(m.unit), {
    path: ["unit"],
    message: "A stock is a count at a date: its unit is people, not people per period.",
    when: (p) => !p.issues.some((i) => i.path?.[0] === "kind" || i.path?.[0] === "unit"),
  });

export type MetricInput = z.output<typeof MetricInputSchema>;
export type MetricFormValues = Partial<Record<keyof MetricInput, string>>;
export type MetricFieldErrors = Partial<Record<keyof MetricInput, string[]>>;
export const METRIC_FIELDS = ["name", "slug", "kind", "unit", "hxlTag"] as const;

export function parseMetricInput(raw: unknown): { ok: true; data: MetricInput } | { ok: false; errors: MetricFieldErrors } {
  const r = MetricInputSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: z.flattenError(r.error).fieldErrors as MetricFieldErrors };
}
