"use client";
// The source form, for adding and editing: name, kind and an optional reliability grade. Errors come back
// under their fields with everything typed kept; an edit saved over someone else's newer version is refused
// and both versions are shown.
import Link from "next/link";
import { useActionState, useRef } from "react";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Field } from "@/components/forms/field";
import { VersionConflict } from "@/components/forms/version-conflict";
import { ReliabilityGrades } from "@/components/sources/reliability-grades";
import { createSourceAction, updateSourceAction } from "@/lib/sources/actions";
import { sourceConflictRows } from "@/lib/sources/form-values";
import { RELIABILITY_GRADES, RELIABILITY_LABELS, SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceFormValues } from "@/lib/sources/schema";
import type { SourceFormState } from "@/lib/sources/submit";

export function SourceForm({ sourceId, initial, cancelHref }: { sourceId?: number; initial: SourceFormValues; cancelHref: string }) {
  const [state, formAction, pending] = useActionState(sourceId ? updateSourceAction : createSourceAction, { values: initial, errors: {} } satisfies SourceFormState);
  const v = state.values;
  const e = state.errors;
  const problems = Object.values(e).filter(Boolean).length;
  const conflictRef = useRef<HTMLDivElement>(null);

  const formRef = useFocusFirstInvalid(state, conflictRef);

  return (
    <>
      {state.conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <VersionConflict what="source" by={state.conflict.by} at={state.conflict.at} rows={sourceConflictRows(v, state.conflict.theirs)} />
        </div>
      )}
      <form ref={formRef} key={JSON.stringify(state)} action={formAction} className="stack" noValidate>
        <div aria-live="polite">
          {problems > 0 && (
            <p className="error-summary" role="alert">
              {problems === 1 ? "One field needs" : `${problems} fields need`} fixing before the source can be saved. Everything you typed is
              still here.
            </p>
          )}
          {state.formError && (
            <p className="error-summary" role="alert">
              {state.formError}
            </p>
          )}
        </div>
        {sourceId && <input type="hidden" name="id" value={sourceId} />}
        {sourceId && <input type="hidden" name="version" value={v.version ?? ""} />}
        <Field name="name" label="Name" hint="Who gives the figures, as editors will look for it, e.g. UNHCR" errors={e.name}>
          {(p) => <input {...p} type="text" autoComplete="off" defaultValue={v.name ?? ""} />}
        </Field>
        <div className="row">
          <Field name="kind" label="Kind" hint="What sort of body it is" errors={e.kind}>
            {(p) => (
              <select {...p} defaultValue={v.kind ?? ""}>
                <option value="" disabled>
                  Choose a kind
                </option>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {SOURCE_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="reliability" label="Reliability (optional)" hint="How far its figures can be trusted" errors={e.reliability}>
            {(p) => (
              <select {...p} defaultValue={v.reliability ?? ""}>
                <option value="">Not graded</option>
                {RELIABILITY_GRADES.map((g) => (
                  <option key={g} value={g}>
                    {g}: {RELIABILITY_LABELS[g].name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <details className="grades-help">
          <summary>What the grades mean</summary>
          <ReliabilityGrades />
        </details>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : state.conflict ? "Save my version over theirs" : "Save source"}
          </button>
          <Link className="button secondary" href={cancelHref}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
