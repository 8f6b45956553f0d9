// A stored figure as the form's text values (to edit it, or to show it next to someone's unsaved edit), and
// the side-by-side rows of a version conflict. Pure.
import type { ConflictRow } from "@/components/forms/version-conflict";
import { dateToDay } from "@/lib/dates";
import { QUALIFIER_LABELS, type Qualifier } from "./qualifiers";
import type { FigureFormValues } from "./schema";

export type StoredFigure = {
  value: bigint | number;
  low: bigint | number | null;
  high: bigint | number | null;
  qualifier: Qualifier;
  refDate: Date;
  periodStart: Date | null;
  quote: string | null;
  note: string | null;
  status: string;
  supersedesId: number | null;
  reportId: number;
  conflict: { slug: string };
  metric: { slug: string };
  source: { name: string; kind: string };
  report: { title: string; url: string | null; publishedOn: Date };
};

const opt = (v: bigint | number | null) => (v === null ? "" : String(v));

export function storedToFormValues(f: StoredFigure): FigureFormValues {
  return {
    conflict: f.conflict.slug,
    metric: f.metric.slug,
    value: String(f.value),
    low: opt(f.low),
    high: opt(f.high),
    qualifier: f.qualifier,
    refDate: dateToDay(f.refDate),
    periodStart: f.periodStart ? dateToDay(f.periodStart) : "",
    source: f.source.name,
    sourceKind: f.source.kind,
    reportId: String(f.reportId),
    reportTitle: f.report.title,
    reportUrl: f.report.url ?? "",
    reportDate: dateToDay(f.report.publishedOn),
    quote: f.quote ?? "",
    note: f.note ?? "",
    supersedesId: f.supersedesId ? String(f.supersedesId) : "",
  };
}

const LABELS: [keyof FigureFormValues, string][] = [
  ["conflict", "Conflict"],
  ["metric", "Metric"],
  ["qualifier", "Qualifier"],
  ["value", "Value"],
  ["low", "Low"],
  ["high", "High"],
  ["refDate", "Refers to"],
  ["periodStart", "Period start"],
  ["source", "Source"],
  ["reportTitle", "Report"],
  ["quote", "Quote"],
  ["note", "Note"],
];

/** Your unsaved values next to the saved ones, in the form's order; numbers compared as typed digits. */
export function conflictRows(mine: FigureFormValues, theirs: FigureFormValues): ConflictRow[] {
  const show = (field: keyof FigureFormValues, v: string | undefined) => {
    const s = (v ?? "").trim();
    if (field === "qualifier") return QUALIFIER_LABELS[s as Qualifier] ?? s;
    if (field === "value" || field === "low" || field === "high") return s.replace(/[\s,_']/g, "");
    return s;
  };
  return LABELS.map(([field, label]) => ({ label, mine: show(field, mine[field]), theirs: show(field, theirs[field]) }));
}
