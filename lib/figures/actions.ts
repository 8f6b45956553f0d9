"use server";
// Server action glue for the figure forms and buttons: who is asking -> submit -> revalidate -> redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/current";
import { formValues, parseBase, submitFigure, submitFigureEdit, submitLifecycle, type FigureFormState, type LifecycleAction, type LifecycleState, type SubmitResult } from "./submit";

const num = (formData: FormData, name: string) => Number(formData.get(name));

/** After a save: the figure's page, saying what happened (and warning of a likely double entry). */
function afterSave(result: Extract<SubmitResult, { ok: true }>, verb: "added" | "saved"): never {
  revalidatePath("/", "layout");
  const params = new URLSearchParams({ [verb]: "1" });
  if (result.notice) params.set("review", "1");
  if (result.duplicates.length) params.set("duplicates", result.duplicates.join(","));
  redirect(`/figures/${result.id}?${params}`);
}

export async function createFigureAction(_prev: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const result = await submitFigure({ viewer: await currentViewer(), values: formValues(formData) });
  if (!result.ok) return result.state;
  afterSave(result, "added");
}

export async function updateFigureAction(_prev: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const result = await submitFigureEdit({
    viewer: await currentViewer(),
    id: num(formData, "id"),
    version: num(formData, "version"),
    values: formValues(formData),
    base: parseBase(String(formData.get("base") ?? "")),
  });
  if (!result.ok) return result.state;
  afterSave(result, "saved");
}

export async function figureLifecycleAction(_prev: LifecycleState, formData: FormData): Promise<LifecycleState> {
  const action = String(formData.get("action")) as LifecycleAction;
  if (!["delete", "restore", "publish"].includes(action)) return { error: "Choose Delete, Restore or Publish." };
  const result = await submitLifecycle({ viewer: await currentViewer(), id: num(formData, "id"), version: num(formData, "version"), action });
  if (!result.ok) return { error: result.error };
  revalidatePath("/", "layout");
  return { ok: result.message };
}
