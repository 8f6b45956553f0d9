"use server";
// Server action glue for the metrics admin page.
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current";
import { addMetric, metricValues, type MetricFormState } from "./submit";

export async function addMetricAction(_prev: MetricFormState, formData: FormData): Promise<MetricFormState> {
  const state = await addMetric({ viewer: await currentViewer(), values: metricValues(formData) });
  if (state.added) revalidatePath("/", "layout");
  return state;
}
