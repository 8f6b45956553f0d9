"use client";
// The report form, for adding and editing. The server validates with the shared schema; on error the form comes
// back with every value as typed and each message under its field. Editing carries the version it started from:
// if someone saved meanwhile, their version is shown beside this one and nothing is overwritten.
import Link from "next/link";
import { useActionState, useRef } from "react";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Field } from "@/components/forms/field";
import { VersionConflict } from "@/components/forms/version-conflict";
import { createReportAction, updateReportAction } from "@/lib/reports/actions";
import { reportConflictRows } from "@/lib/reports/form-values";
import type { ReportFormValues } from "@/lib/reports/schema";
import type { ReportFormState } from "@/lib/reports/submit";

/** `then="review"`: once saved, go on to the figures the extractor proposes in its text (the paste-a-report page). */
export function ReportForm({ reportId, initial, cancelHref, then }: { reportId?: number; initial: ReportFormValues; cancelHref: string; then?: "review" }) {
  const [state, formAction, pending] = useActionState(reportId ? updateReportAction : createReportAction, { values: initial, errors: {} } satisfies ReportFormState);
  const v = state.values;
  const e = state.errors;
  const problems = Object.values(e).filter(Boolean).length;
  const conflictRef = useRef<HTMLDivElement>(null);

  // After a refused save, put the cursor where the person must look: the first field to fix, or the conflict.
  const formRef = useFocusFirstInvalid(state, conflictRef);

  return (
    <>
      {state.conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <VersionConflict what="report" by={state.conflict.by} at={state.conflict.at} rows={reportConflictRows(v, state.conflict.theirs)} />
        </div>
      )}
      {/* The key remounts the form with the returned values after React resets it following the action. */}
      <form ref={formRef} key={JSON.stringify(state)} action={formAction} className="stack" noValidate>
        <div aria-live="polite">
          {problems > 0 && (
            <p className="error-summary" role="alert">
              {problems === 1 ? "One field needs" : `${problems} fields need`} fixing before the report can be saved. Everything you typed is
              still here.
            </p>
          )}
          {state.formError && (
            <p className="error-summary" role="alert">
              {state.formError}
            </p>
          )}
          {state.onRecord && (
            <p className="notice">
              Already filed:{" "}
              <Link href={then === "review" ? `/reports/${state.onRecord.id}/review` : `/reports/${state.onRecord.id}`}>
                {then === "review" ? `find the figures in \u201c${state.onRecord.title}\u201d` : `open \u201c${state.onRecord.title}\u201d`}
              </Link>
              .
            </p>
          )}
        </div>
        {then && <input type="hidden" name="then" value={then} />}
        {reportId && <input type="hidden" name="id" value={reportId} />}
        {reportId && <input type="hidden" name="version" value={v.version ?? ""} />}
        <Field name="title" label="Title" hint="As the publisher gives it" errors={e.title}>
          {(p) => <input {...p} type="text" defaultValue={v.title ?? ""} />}
        </Field>
        <div className="row">
          <Field name="publisher" label="Publisher (optional)" hint="e.g. Naharnet, UNHCR, Reuters" errors={e.publisher}>
            {(p) => <input {...p} type="text" defaultValue={v.publisher ?? ""} />}
          </Field>
          <Field name="url" label="URL (optional)" hint="https://… — each report is filed once per URL" errors={e.url}>
            {(p) => <input {...p} type="url" inputMode="url" defaultValue={v.url ?? ""} />}
          </Field>
        </div>
        <div className="row">
          <Field name="publishedOn" label="Publication date" hint="Not in the future" errors={e.publishedOn}>
            {(p) => <input {...p} type="date" defaultValue={v.publishedOn ?? ""} />}
          </Field>
          <Field name="language" label="Language" hint="A code: en, ar, fr, pt-BR…" errors={e.language}>
            {(p) => <input {...p} type="text" autoComplete="off" spellCheck={false} defaultValue={v.language ?? "en"} />}
          </Field>
        </div>
        <Field
          name="fullText"
          label={then === "review" ? "Text" : "Full text (optional)"}
          hint={
            then === "review"
              ? "Paste the report's text, as published: the figures are read from it, and their quotes checked against it."
              : "Paste the report's text: the quotes of its figures are checked against it and highlighted on the report's page."
          }
          errors={e.fullText}
        >
          {(p) => <textarea {...p} className="full-text" defaultValue={v.fullText ?? ""} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : state.conflict ? "Save my version over theirs" : then === "review" ? "Save and find the figures" : "Save report"}
          </button>
          <Link className="button secondary" href={cancelHref}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
