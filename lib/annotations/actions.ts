"use server";
// Server action glue for the chart-annotation forms on a conflict's page: who is asking -> submit -> revalidate.
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current";
import { addAnnotation, annotationValues, removeAnnotation, type AnnotationFormState, type RemoveAnnotationState } from "./submit";

/** The conflict's page, and every page that may draw its charts (comparisons, the home page). */
function revalidateCharts(conflictSlug: string): void {
  revalidatePath(`/conflicts/${conflictSlug}`);
  revalidatePath("/", "layout");
}

export async function addAnnotationAction(_prev: AnnotationFormState, formData: FormData): Promise<AnnotationFormState> {
  const state = await addAnnotation({ viewer: await currentViewer(), values: annotationValues(formData) });
  if (state.added && state.conflictSlug) revalidateCharts(state.conflictSlug);
  return state;
}

export async function deleteAnnotationAction(_prev: RemoveAnnotationState, formData: FormData): Promise<RemoveAnnotationState> {
  const state = await removeAnnotation({ viewer: await currentViewer(), id: formData.get("id") });
  if (state.ok && state.conflictSlug) revalidateCharts(state.conflictSlug);
  return state;
}
