// What the figure form offers: conflicts, metrics and known sources, as options. Read once per form page.
import "server-only";
import { listConflicts } from "@/lib/conflicts/queries";
import { listMetrics } from "@/lib/metrics/queries";
import { listSourceNames } from "@/lib/sources/queries";
import { dateToDay } from "@/lib/dates";
import { getReportForForm } from "./queries";

export async function figureFormOptions() {
  const [conflicts, metrics, sources] = await Promise.all([listConflicts(), listMetrics(), listSourceNames()]);
  return {
    conflicts: conflicts.map((c) => ({ value: c.slug, label: c.name })),
    metrics: metrics.map((m) => ({ value: m.slug, label: `${m.name} (${m.unit.replaceAll("_", " ")})` })),
    sources,
  };
}

/** The chosen report as the form shows it, or undefined when there is none (or it no longer exists). */
export async function chosenReport(id: number | undefined) {
  if (!id) return undefined;
  const r = await getReportForForm({ id });
  return r ? { id: r.id, title: r.title, url: r.url, date: dateToDay(r.publishedOn), publisher: r.publisher } : undefined;
}
