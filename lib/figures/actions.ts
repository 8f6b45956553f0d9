"use server";
// Server action glue for the figure form: who is asking -> submit -> revalidate -> redirect.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/queries";
import { formValues, submitFigure, type FigureFormState } from "./submit";

export async function createFigureAction(_prev: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const result = await submitFigure({ viewer: await getViewer(await headers()), values: formValues(formData) });
  if (!result.ok) return result.state;
  revalidatePath("/");
  revalidatePath(`/conflicts/${result.conflictSlug}`);
  redirect(`/conflicts/${result.conflictSlug}?added=${result.id}#figure-${result.id}`);
}
