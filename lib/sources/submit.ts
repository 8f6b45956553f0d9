// Submitting the source forms and the merge, minus the Next.js glue: authorise, parse, write. Failures come back
// as form state: values as typed, messages per field, and on a version conflict the version on record.
import "server-only";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { sourceFormValues } from "./form-values";
import { createSource, mergeSources, SourceNameTakenError, updateSource } from "./mutations";
import { SOURCE_FIELDS, parsePositiveInt, parseSourceInput, type SourceFieldErrors, type SourceFormValues } from "./schema";

export type SourceFormState = {
  values: SourceFormValues;
  errors: SourceFieldErrors;
  formError?: string;
  conflict?: { by: string; at: string; theirs: SourceFormValues };
};

export type SourceSubmitResult = { ok: true; id: number } | { ok: false; state: SourceFormState };

const UNSAVED = "The source could not be saved just now. Nothing was lost: try Save again in a moment.";
const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function sourceValues(formData: FormData): SourceFormValues {
  const values: SourceFormValues = {};
  for (const field of [...SOURCE_FIELDS, "version"] as const) {
    const v = formData.get(field);
    if (typeof v === "string") values[field] = v;
  }
  return values;
}

function nameTaken(values: SourceFormValues, err: SourceNameTakenError, editing: boolean): SourceSubmitResult {
  const advice = editing ? "choose another name, or merge this source into that one (below)" : "use that source, or give this one another name";
  return { ok: false, state: { values, errors: { name: [`A source named \u201c${err.onRecord.name}\u201d is already on record: ${advice}.`] } } };
}

export async function submitNewSource({ viewer, values }: { viewer: Viewer | null; values: SourceFormValues }): Promise<SourceSubmitResult> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, state: { values, errors: {}, formError: allowed.message } };
  const parsed = parseSourceInput(values);
  if (!parsed.ok) return { ok: false, state: { values, errors: parsed.errors } };
  try {
    return { ok: true, ...(await createSource({ source: parsed.data, actor: allowed.viewer.email })) };
  } catch (err) {
    if (err instanceof SourceNameTakenError) return nameTaken(values, err, false);
    console.error("submitNewSource failed", err);
    return { ok: false, state: { values, errors: {}, formError: UNSAVED } };
  }
}

export async function submitSourceEdit({ viewer, id, values }: { viewer: Viewer | null; id: unknown; values: SourceFormValues }): Promise<SourceSubmitResult> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, state: { values, errors: {}, formError: allowed.message } };
  const sourceId = parsePositiveInt(id);
  const version = parsePositiveInt(values.version);
  if (sourceId === null || version === null) {
    return { ok: false, state: { values, errors: {}, formError: "This form is missing which source and version it edits. Copy your changes, then reload the page." } };
  }
  const parsed = parseSourceInput(values);
  if (!parsed.ok) return { ok: false, state: { values, errors: parsed.errors } };
  try {
    const r = await updateSource({ id: sourceId, version, source: parsed.data, actor: allowed.viewer.email });
    if (r.ok) return { ok: true, id: sourceId };
    if (r.reason === "missing") return { ok: false, state: { values, errors: {}, formError: "This source is no longer on record: it may have been merged into another." } };
    const theirs = sourceFormValues(r.current);
    return { ok: false, state: { values: { ...values, version: theirs.version }, errors: {}, conflict: { by: r.current.updatedBy, at: r.current.updatedAt, theirs } } };
  } catch (err) {
    if (err instanceof SourceNameTakenError) return nameTaken(values, err, true);
    console.error("submitSourceEdit failed", err);
    return { ok: false, state: { values, errors: {}, formError: UNSAVED } };
  }
}

export type MergeState = { error?: string };
export type MergeResult = { ok: true; kept: { id: number; name: string }; merged: { id: number; name: string }; moved: number } | { ok: false; state: MergeState };

/** Merge `id` (at `version`) into `into` (at `intoVersion`): the versions are those the confirm step showed. */
export async function submitMerge({ viewer, fields }: { viewer: Viewer | null; fields: Record<"id" | "version" | "into" | "intoVersion", unknown> }): Promise<MergeResult> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, state: { error: allowed.message } };
  const [mergedId, mergedVersion, keptId, keptVersion] = [fields.id, fields.version, fields.into, fields.intoVersion].map(parsePositiveInt);
  if (!mergedId || !mergedVersion) return { ok: false, state: { error: "This form is missing which source to merge. Go back to the source and start the merge again." } };
  if (!keptId || !keptVersion) return { ok: false, state: { error: "Choose the source to keep." } };
  try {
    const r = await mergeSources({ mergedId, mergedVersion, keptId, keptVersion, actor: allowed.viewer.email });
    if (r.ok) return { ok: true, kept: r.kept, merged: r.merged, moved: r.movedFigureIds.length };
    if (r.reason === "same") return { ok: false, state: { error: "A source cannot be merged into itself: choose another source to keep." } };
    const role = (which: "merged" | "kept") => (which === "merged" ? "The source to merge" : "The source to keep");
    if (r.reason === "missing") return { ok: false, state: { error: `${role(r.which)} is no longer on record (perhaps merged meanwhile), so nothing was merged.` } };
    return {
      ok: false,
      state: {
        error: `${role(r.which)}, \u201c${r.current.name}\u201d, was changed by ${r.current.updatedBy} at ${when(r.current.updatedAt)} since you opened this page, so nothing was merged. Review the merge again below.`,
      },
    };
  } catch (err) {
    console.error("submitMerge failed", err);
    return { ok: false, state: { error: "The merge could not be done just now; nothing was changed. Try again in a moment." } };
  }
}
