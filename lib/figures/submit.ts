// Submitting the figure form, minus the Next.js glue: authorise, parse, write. Returns the form state to
// show on failure. Kept apart from actions.ts so its rules are tested against a real database.
import "server-only";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { createFigure } from "./mutations";
import { FIGURE_FIELDS, parseFigureInput, type FigureFieldErrors, type FigureFormValues } from "./schema";

export type FigureFormState = {
  values: FigureFormValues;
  errors: FigureFieldErrors;
  /** a sentence for problems that belong to no single field */
  formError?: string;
};

export type SubmitResult = { ok: true; id: number; conflictSlug: string } | { ok: false; state: FigureFormState };

export function formValues(formData: FormData): FigureFormValues {
  const values: FigureFormValues = {};
  for (const field of FIGURE_FIELDS) {
    const v = formData.get(field);
    if (typeof v === "string") values[field] = v;
  }
  return values;
}

export async function submitFigure({ viewer, values }: { viewer: Viewer | null; values: FigureFormValues }): Promise<SubmitResult> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, state: { values, errors: {}, formError: allowed.message } };

  const parsed = parseFigureInput(values);
  if (!parsed.ok) return { ok: false, state: { values, errors: parsed.errors, formError: parsed.formErrors[0] } };
  try {
    const result = await createFigure({ input: parsed.data, actor: allowed.viewer.email });
    return result.ok ? result : { ok: false, state: { values, errors: result.errors } };
  } catch (err) {
    console.error("submitFigure failed", err);
    return { ok: false, state: { values, errors: {}, formError: "The figure could not be saved just now. Nothing was lost: try Save again in a moment." } };
  }
}
