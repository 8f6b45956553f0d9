// Adding a metric, minus the Next.js glue: authorise (admins), parse, write.
import "server-only";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { createMetric } from "./mutations";
import { METRIC_FIELDS, parseMetricInput, type MetricFieldErrors, type MetricFormValues } from "./schema";

export type MetricFormState = { values: MetricFormValues; errors: MetricFieldErrors; formError?: string; added?: string };

export function metricValues(formData: FormData): MetricFormValues {
  // a file posted under a field's name is no text (String() of it would be "[object File]")
  return Object.fromEntries(METRIC_FIELDS.map((f) => { const v = formData.get(f); return [f, typeof v === "string" ? v : ""]; })) as MetricFormValues;
}

export async function addMetric({ viewer, values }: { viewer: Viewer | null; values: MetricFormValues }): Promise<MetricFormState> {
  const allowed = authorize(viewer, "admin");
  if (!allowed.ok) return { values, errors: {}, formError: allowed.message };
  const parsed = parseMetricInput(values);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const r = await createMetric({ metric: parsed.data, actor: allowed.viewer.email });
  if (!r.ok) return { values, errors: r.errors };
  return { values: { kind: "stock", unit: "people" }, errors: {}, added: `Added the metric \u201c${parsed.data.name}\u201d. Editors can now choose it for figures.` };
}
