"use client";
// For editors, under a conflict's charts: the events drawn on them (each with a Remove button) and a form to add
// one. Errors come back under their fields with everything typed kept; what was done is said in a status line.
import { useActionState, useEffect, useId, useRef } from "react";
import { Field } from "@/components/forms/field";
import { FormNotices } from "@/components/forms/form-notices";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { addAnnotationAction, deleteAnnotationAction } from "@/lib/annotations/actions";
import { LABEL_MAX } from "@/lib/annotations/schema";
import type { AnnotationFormState, RemoveAnnotationState } from "@/lib/annotations/submit";
import type { AnnotationRow } from "@/lib/annotations/types";
import { formatDay } from "@/lib/dates";

export function AnnotationControls({ conflictSlug, annotations }: { conflictSlug: string; annotations: AnnotationRow[] }) {
  // one action state for every Remove button, so the sentence outlives the row it removed
  const [removed, remove, removing] = useActionState<RemoveAnnotationState, FormData>(deleteAnnotationAction, {});
  const summaryRef = useRef<HTMLElement>(null);
  // the button that was pressed is gone with its row: keep the keyboard in the block
  useEffect(() => {
    if (removed.ok) summaryRef.current?.focus();
  }, [removed]);
  const mine = annotations.filter((a) => a.conflictSlug === conflictSlug);
  return (
    <details className="card annotation-controls">
      <summary ref={summaryRef}>Events on the charts ({mine.length})</summary>
      <FormNotices ok={removed.ok} error={removed.error} />
      {mine.length ? (
        <ul className="annotation-list">
          {mine.map((a) => (
            <li key={a.id}>
              <span>
                <time dateTime={a.date}>{formatDay(a.date)}</time> · {a.label}
              </span>
              <form action={remove} className="inline-form">
                <input type="hidden" name="id" value={a.id} />
                <button type="submit" className="secondary small" disabled={removing} aria-label={`Remove \u201c${a.label}\u201d`}>
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No events on these charts yet.</p>
      )}
      <AddAnnotationForm conflictSlug={conflictSlug} />
    </details>
  );
}

function AddAnnotationForm({ conflictSlug }: { conflictSlug: string }) {
  const [state, action, pending] = useActionState<AnnotationFormState, FormData>(addAnnotationAction, { values: {}, errors: {} });
  const v = state.values;
  const e = state.errors;
  const formRef = useFocusFirstInvalid(state);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Add an event</h3>
      {/* keyed on the state: after a submit the fields show what came back (kept on error, cleared on success) */}
      <form ref={formRef} key={JSON.stringify(state)} action={action} className="stack" noValidate>
        {/* the conflict has no field of its own: a problem with it is said for the whole form */}
        <FormNotices ok={state.added} error={state.formError ?? e.conflict?.join(" ")} />
        <input type="hidden" name="conflict" value={conflictSlug} />
        <div className="row annotation-fields">
          <Field name="date" label="Date" hint="The day it happened" errors={e.date}>
            {(p) => <input {...p} type="date" defaultValue={v.date ?? ""} />}
          </Field>
          <Field name="label" label="Label" hint={`At most ${LABEL_MAX} characters, e.g. Ghouta chemical attack`} errors={e.label}>
            {(p) => <input {...p} autoComplete="off" defaultValue={v.label ?? ""} />}
          </Field>
        </div>
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Adding…" : "Add event"}
          </button>
        </div>
      </form>
    </section>
  );
}
