"use server";
// Server action glue for the source forms and the merge: who is asking -> submit -> revalidate -> redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/current";
import { sourceValues, submitMerge, submitNewSource, submitSourceEdit, type MergeState, type SourceFormState } from "./submit";

export async function createSourceAction(_prev: SourceFormState, formData: FormData): Promise<SourceFormState> {
  const result = await submitNewSource({ viewer: await currentViewer(), values: sourceValues(formData) });
  if (!result.ok) return result.state;
  revalidatePath("/sources");
  redirect(`/sources/${result.id}?saved=created`);
}

export async function updateSourceAction(_prev: SourceFormState, formData: FormData): Promise<SourceFormState> {
  const result = await submitSourceEdit({ viewer: await currentViewer(), id: formData.get("id"), values: sourceValues(formData) });
  if (!result.ok) return result.state;
  revalidatePath("/sources");
  revalidatePath(`/sources/${result.id}`);
  redirect(`/sources/${result.id}?saved=updated`);
}

export async function mergeSourcesAction(_prev: MergeState, formData: FormData): Promise<MergeState> {
  const fields = { id: formData.get("id"), version: formData.get("version"), into: formData.get("into"), intoVersion: formData.get("intoVersion") };
  const result = await submitMerge({ viewer: await currentViewer(), fields });
  if (!result.ok) return result.state;
  // figures changed source: every page that shows them
  revalidatePath("/", "layout");
  redirect(`/sources/${result.kept.id}?merged=1`);
}
