"use client";
// Add a metric; errors come back under their fields with everything typed kept.
import { useActionState } from "react";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Field } from "@/components/forms/field";
import { FormNotices } from "@/components/forms/form-notices";
import { addMetricAction } from "@/lib/metrics/actions";
import { METRIC_KINDS, UNITS } from "@/lib/metrics/schema";
import type { MetricFormState } from "@/lib/metrics/submit";

export function AddMetricForm() {
  const [state, action, pending] = useActionState<MetricFormState, FormData>(addMetricAction, { values: { kind: "stock", unit: "people" }, errors: {} });
  const v = state.values;
  const e = state.errors;
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} key={JSON.stringify(state)} action={action} className="stack" noValidate>
      <FormNotices ok={state.added} error={state.formError} />
      <div className="row">
        <Field name="name" label="Name" hint="e.g. Weekly arrivals" errors={e.name}>
          {(p) => <input {...p} autoComplete="off" defaultValue={v.name ?? ""} />}
        </Field>
        <Field name="slug" label="Id" hint="Used in links and exports, e.g. weekly_arrivals" errors={e.slug}>
          {(p) => <input {...p} autoComplete="off" defaultValue={v.slug ?? ""} />}
        </Field>
      </div>
      <div className="row">
        <Field name="kind" label="Kind" errors={e.kind}>
          {(p) => (
            <select {...p} defaultValue={v.kind ?? "stock"}>
              {METRIC_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k === "stock" ? "stock: a count at a date" : "rate: people per period"}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="unit" label="Unit" errors={e.unit}>
          {(p) => (
            <select {...p} defaultValue={v.unit ?? "people"}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {u.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="hxlTag" label="HXL hashtag" hint="The Humanitarian Exchange Language tag for exports, e.g. #affected+arrivals" errors={e.hxlTag}>
        {(p) => <input {...p} autoComplete="off" defaultValue={v.hxlTag ?? ""} />}
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add metric"}
        </button>
      </div>
    </form>
  );
}
