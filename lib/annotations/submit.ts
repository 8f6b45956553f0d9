// Adding and removing chart annotations, minus the Next.js glue: authorise (editors), parse, write.
// Failures come back as form state: what was typed, and a sentence per field or for the whole form.
import "server-only";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { formatDay } from "@/lib/dates";
import { createAnnotation, deleteAnnotation } from "./mutations";
import { ANNOTATION_FIELDS, parseAnnotationInput, type AnnotationFieldErrors, type AnnotationFormValues } from "./schema";

export type AnnotationFormState = {
  values: AnnotationFormValues;
  errors: AnnotationFieldErrors;
  /** a sentence for problems that belong to no single field */
  formError?: string;
  added?: string;
  /** the conflict whose charts changed, for revalidation */
  conflictSlug?: string;
};

export type RemoveAnnotationState = { ok?: string; error?: string; conflictSlug?: string };

const UNSAVED = "The event could not be saved just now. Nothing was lost: try Add event again in a moment.";

export function annotationValues(formData: FormData): AnnotationFormValues {
  const values: AnnotationFormValues = {};
  for (const field of ANNOTATION_FIELDS) {
    const v = formData.get(field);
    if (typeof v === "string") values[field] = v;
  }
  return values;
}

export async function addAnnotation({ viewer, values }: { viewer: Viewer | null; values: AnnotationFormValues }): Promise<AnnotationFormState> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { values, errors: {}, formError: allowed.message };
  const parsed = parseAnnotationInput(values);
  if (!parsed.ok) return { values, errors: parsed.errors };
  try {
    const r = await createAnnotation({ input: parsed.data, actor: allowed.viewer.email });
    if (!r.ok) return { values, errors: r.errors };
    const { label, date, conflictSlug } = r.annotation;
    return { values: { conflict: conflictSlug }, errors: {}, added: `Added \u201c${label}\u201d on ${formatDay(date)}.`, conflictSlug };
  } catch (err) {
    console.error("addAnnotation failed", err);
    return { values, errors: {}, formError: UNSAVED };
  }
}

/** `id` as posted by a Remove button: a positive whole number, or the form is refused. */
export async function removeAnnotation({ viewer, id }: { viewer: Viewer | null; id: unknown }): Promise<RemoveAnnotationState> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { error: allowed.message };
  const annotationId = typeof id === "string" && /^[1-9]\d{0,9}$/.test(id) ? Number(id) : NaN;
  // NaN fails this too
  if (!(annotationId <= 2_147_483_647)) return { error: "This button is missing which event it removes. Reload the page and try again." };
  try {
    const r = await deleteAnnotation({ id: annotationId, actor: allowed.viewer.email });
    if (!r.ok) return { error: r.error };
    const { label, date, conflictSlug } = r.annotation;
    return { ok: `Removed \u201c${label}\u201d (${formatDay(date)}) from the charts.`, conflictSlug };
  } catch (err) {
    console.error("removeAnnotation failed", err);
    return { error: "The event could not be removed just now; nothing was changed. Try again in a moment." };
  }
}
