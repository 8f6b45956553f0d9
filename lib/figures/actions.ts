"use server";
// Server action glue for the figure form: parse -> mutate -> revalidate -> redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createFigure } from "./mutations";
import { FIGURE_FIELDS, parseFigureInput, type FigureFieldErrors, type FigureFormValues } from "./schema";

export type FigureFormState = {
  values: FigureFormValues;
  errors: FigureFieldErrors;
  /** a sentence for problems that belong to no single field */
  formError?: string;
};

/** Until sign-in lands (issue 3) every web write is recorded as the anonymous web user. */
const ACTOR = "anonymous";

export async function createFigureAction(_prev: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const values: FigureFormValues = {};
  for (const field of FIGURE_FIELDS) {
    const v = formData.get(field);
    if (typeof v === "string") values[field] = v;
  }
  const parsed = parseFigureInput(values);
  if (!parsed.ok) return { values, errors: parsed.errors, formError: parsed.formErrors[0] };

  let result;
  try {
    result = await createFigure({ input: parsed.data, actor: ACTOR });
  } catch (err) {
    console.error("createFigureAction failed", err);
    return { values, errors: {}, formError: "The figure could not be saved just now. Nothing was lost: try Save again in a moment." };
  }
  if (!result.ok) return { values, errors: result.errors };

  revalidatePath("/");
  revalidatePath(`/conflicts/${result.conflictSlug}`);
  redirect(`/conflicts/${result.conflictSlug}?added=${result.id}#figure-${result.id}`);
}
