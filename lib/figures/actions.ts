"use server";
// Server action glue for the figure form: who is asking -> submit -> revalidate -> redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/current";
import { formValues, submitFigure, type FigureFormState } from "./submit";

export async function createFigureAction(_prev: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const result = await submitFigure({ viewer: await currentViewer(), values: formValues(formData) });
  if (!result.ok) return result.state;
  revalidatePath("/");
  revalidatePath(`/conflicts/${result.conflictSlug}`);
  redirect(`/conflicts/${result.conflictSlug}?added=${result.id}#figure-${result.id}`);
}
