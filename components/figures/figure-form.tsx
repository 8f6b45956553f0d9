"use client";
// The figure form, to add a figure or edit one. Validation happens on the server with the shared zod schema;
// on error the form comes back with every value as typed and each message under its field. An edit carries
// the version it started from: if someone saved in between, both versions show side by side and the
// person's input stays in the form.
import Link from "next/link";
import { useActionState } from "react";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Field } from "@/components/forms/field";
import { VersionConflict } from "@/components/forms/version-conflict";
import { createFigureAction, updateFigureAction } from "@/lib/figures/actions";
import type { FigureFormState } from "@/lib/figures/submit";
import { QUALIFIERS, QUALIFIER_LABELS } from "@/lib/figures/qualifiers";
import { SOURCE_KINDS, type FigureFormValues } from "@/lib/figures/schema";
import { SOURCE_KIND_LABELS } from "@/lib/sources/schema";

type Option = { value: string; label: string };


export type ChosenReport = { id: number; title: string; url: string | null; date: string; publisher: string | null };

export function FigureForm({
  conflicts,
  metrics,
  sources,
  initial,
  report,
  edit,
  twoPerson,
}: {
  conflicts: Option[];
  metrics: Option[];
  sources: string[];
  initial: FigureFormValues;
  /** the existing report the figure comes from, when one is chosen */
  report?: ChosenReport;
  /** editing an existing figure */
  edit?: { id: number; version: number; status: "draft" | "published" };
  /** REVIEW=two-person: saves wait for another editor to publish */
  twoPerson: boolean;
}) {
  const start: FigureFormState = { values: { qualifier: "exact", ...initial }, errors: {}, version: edit?.version, base: edit ? initial : undefined };
  const [state, formAction, pending] = useActionState(edit ? updateFigureAction : createFigureAction, start);
  const v = state.values;
  const e = state.errors;
  const chosen = report && v.reportId === String(report.id) ? report : undefined;
  const status = state.status ?? edit?.status;
  const primary = twoPerson ? "Save for review" : status === "published" ? "Save" : "Save and publish";
  const problems = Object.values(e).filter(Boolean).length;
  const formRef = useFocusFirstInvalid(state); // after a rejected save, the cursor goes to the first field to fix

  return (
    // The key remounts the form with the returned values after React resets it following the action.
    <form ref={formRef} key={JSON.stringify(state)} action={formAction} className="stack" noValidate aria-describedby="form-status">
      {edit && <input type="hidden" name="id" value={edit.id} />}
      {edit && <input type="hidden" name="version" value={state.version ?? edit.version} />}
      {edit && <input type="hidden" name="base" value={JSON.stringify(state.base ?? initial)} />}
      {state.conflict && <VersionConflict what="figure" merged by={state.conflict.by} at={state.conflict.at} rows={state.conflict.rows} />}
      <div id="form-status" aria-live="polite">
        {problems > 0 && (
          <p className="error-summary" role="alert">
            {problems === 1 ? "One field needs" : `${problems} fields need`} fixing before the figure can be saved.
            Everything you typed is still here.
          </p>
        )}
        {state.formError && (
          <p className="error-summary" role="alert">
            {state.formError}
          </p>
        )}
      </div>

      <fieldset>
        <legend>The figure</legend>
        <div className="row">
          <Field name="conflict" label="Conflict" errors={e.conflict}>
            {(p) => (
              <select {...p} defaultValue={v.conflict ?? ""}>
                <option value="" disabled>
                  Choose a conflict
                </option>
                {conflicts.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="metric" label="Metric" errors={e.metric}>
            {(p) => (
              <select {...p} defaultValue={v.metric ?? ""}>
                <option value="" disabled>
                  Choose what is counted
                </option>
                {metrics.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="row">
          <Field name="qualifier" label="Qualifier" hint="How the source put it" errors={e.qualifier}>
            {(p) => (
              <select {...p} defaultValue={v.qualifier ?? "exact"}>
                {QUALIFIERS.map((q) => (
                  <option key={q} value={q}>
                    {QUALIFIER_LABELS[q]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="value" label="Value" hint="Whole people, e.g. 70000 or 70,000" errors={e.value}>
            {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="off" defaultValue={v.value ?? ""} />}
          </Field>
        </div>
        <div className="row">
          <Field name="low" label="Low bound (optional)" errors={e.low}>
            {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="off" defaultValue={v.low ?? ""} />}
          </Field>
          <Field name="high" label="High bound (optional)" errors={e.high}>
            {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="off" defaultValue={v.high ?? ""} />}
          </Field>
        </div>
        <div className="row">
          <Field name="refDate" label="Refers to (date)" hint="The day the count is as of; often before the report" errors={e.refDate}>
            {(p) => <input {...p} type="date" defaultValue={v.refDate ?? ""} />}
          </Field>
          <Field name="periodStart" label="Period start (optional)" hint="For counts over a period" errors={e.periodStart}>
            {(p) => <input {...p} type="date" defaultValue={v.periodStart ?? ""} />}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>Who said it, and where</legend>
        <div className="row">
          <Field name="source" label="Source" hint="Who gives the number, e.g. United Nations" errors={e.source}>
            {(p) => <input {...p} type="text" list="source-names" autoComplete="off" defaultValue={v.source ?? ""} />}
          </Field>
          <Field name="sourceKind" label="Kind of source" hint="Used when the source is new" errors={e.sourceKind}>
            {(p) => (
              <select {...p} defaultValue={v.sourceKind ?? "other"}>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {SOURCE_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <datalist id="source-names">
          {sources.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        {chosen ? (
          <div className="chosen-report">
            <input type="hidden" name="reportId" value={chosen.id} />
            <div>
              <span className="muted">From the report</span>{" "}
              <Link href={`/reports/${chosen.id}`}>{chosen.title}</Link>
              {chosen.publisher && <span className="muted"> · {chosen.publisher}</span>}
              <span className="muted"> · published {chosen.date}</span>
            </div>
            {e.reportId && <p className="error">{e.reportId.join(" ")}</p>}
          </div>
        ) : (
          <>
            <Field name="reportTitle" label="Report title" errors={e.reportTitle}>
              {(p) => <input {...p} type="text" defaultValue={v.reportTitle ?? ""} />}
            </Field>
            <div className="row">
              <Field name="reportUrl" label="Report URL" hint="https://…" errors={e.reportUrl}>
                {(p) => <input {...p} type="url" inputMode="url" defaultValue={v.reportUrl ?? ""} />}
              </Field>
              <Field name="reportDate" label="Report date" hint="When it was published" errors={e.reportDate}>
                {(p) => <input {...p} type="date" defaultValue={v.reportDate ?? ""} />}
              </Field>
            </div>
          </>
        )}
        <Field name="quote" label="Quote" hint="The exact words that give the number; needed to publish" errors={e.quote}>
          {(p) => <textarea {...p} defaultValue={v.quote ?? ""} />}
        </Field>
        <div className="row">
          <Field name="note" label="Note (optional)" errors={e.note}>
            {(p) => <textarea {...p} defaultValue={v.note ?? ""} />}
          </Field>
          <Field
            name="supersedesId"
            label="Revises figure # (optional)"
            hint="When the source revises its own number: the id of its earlier figure. Charts then show the newer."
            errors={e.supersedesId}
          >
            {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="off" defaultValue={v.supersedesId ?? ""} />}
          </Field>
        </div>
      </fieldset>

      <div className="actions">
        <button type="submit" name="intent" value="publish" disabled={pending}>
          {pending ? "Saving…" : primary}
        </button>
        <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
          {status === "published" ? "Unpublish and save as draft" : "Save as draft"}
        </button>
        {twoPerson && <span className="muted">Under the two-person rule, another editor publishes what you save.</span>}
      </div>
    </form>
  );
}
