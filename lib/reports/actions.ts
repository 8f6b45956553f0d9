"use server";
// Server action glue for the report forms: who is asking -> submit -> revalidate -> redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/current";
import { reportValues, submitNewReport, submitReportEdit, type ReportFormState } from "./submit";

export async function createReportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const result = await submitNewReport({ viewer: await currentViewer(), values: reportValues(formData), needText: formData.get("then") === "review" });
  if (!result.ok) return result.state;
  revalidatePath("/reports");
  // pasted to find its figures: straight on to the review of what the extractor proposes
  redirect(formData.get("then") === "review" ? `/reports/${result.id}/review?from=paste` : `/reports/${result.id}?saved=created`);
}

export async function updateReportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const result = await submitReportEdit({ viewer: await currentViewer(), id: formData.get("id"), values: reportValues(formData) });
  if (!result.ok) return result.state;
  revalidatePath("/reports");
  revalidatePath(`/reports/${result.id}`);
  redirect(`/reports/${result.id}?saved=updated`);
}
